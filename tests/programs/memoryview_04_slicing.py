# memoryview slicing and views of views: zero-copy writes through slices, negative steps, comparisons, hashing, iteration.
buf = bytearray(b"0123456789")
m = memoryview(buf)
s = m[2:8]
print(s.tobytes(), len(s), s[0], s[-1], s.obj is buf, s.nbytes, s[::2].tobytes(), s[::-1].tobytes(), s[::-2].tolist(), s[100:].tobytes())
s[0] = ord("X"); s[-1] = ord("Y"); print(buf)
s[1:3] = b"ab"; print(buf)
m[::3] = b"!!!!"; print(buf)
m[5:2:-1] = b"xyz"; print(buf)
print(list(m[:3]), [b for b in m[7:]], bytes(m[1:4]), bytearray(m[-2:]), m[2:5] == b"2ab"[0:0] + bytes(m[2:5]))
ro = memoryview(b"readonly")
print(ro.readonly, hash(ro) == hash(b"readonly"), hash(ro[1:3]) == hash(b"ea"), ro[::2] == b"raol", ro == ro, ro.tolist()[:2])
for bad in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(slice(0, 2), b"abc"), lambda: m.__setitem__(0, 256),
            lambda: m.__setitem__(0, b"a"), lambda: m[20], lambda: m[-11], lambda: m["a"], lambda: hash(m), lambda: m.__delitem__(0),
            lambda: m.__setitem__(slice(None, None, 2), b"abc"), lambda: m[::0], lambda: m < m, lambda: m + b"x", lambda: len(m[1:1])]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(m == buf, m == bytes(buf), m[1:1] == b"", memoryview(b"ab") == memoryview(bytearray(b"ab")), m != "0123", m.tobytes("A")[:2])
print(memoryview(b"abc").tobytes(order=None), memoryview(b"abc").toreadonly().readonly, memoryview(b"x").__len__(), memoryview(b"").tolist())
nested = memoryview(m[1:9])[2:6]
print(nested.tobytes(), nested.obj is buf, memoryview(nested).tobytes(), memoryview(nested) is not nested)
print(repr(memoryview(b"ab"))[:10], type(m).__name__, memoryview.__name__, bytes(memoryview(bytearray(b"q"))))
