# memoryview over bytes and bytearray: indexing, slicing, tobytes/tolist/hex, attributes, equality, cast.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:]), m.tobytes(), m.hex(), m.hex(":"))
print(m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m[::2].strides, m.obj, m.c_contiguous, m[::2].contiguous)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m[1:3] == b"bc", m == b"x", m != b"abcdef", m == "abcdef")
print(list(m[:3]), [x for x in memoryview(b"xy")], b"b" in m.tobytes(), 98 in m, len(m[10:]), m[10:].tobytes())
print(hash(m) == hash(b"abcdef"), hash(m[1:3]) == hash(b"bc"), type(m).__name__)
c = m.cast("c")
print(c.format, c[0], c.tolist()[:2], c == m, m.cast("B") == m, memoryview(b"\xff\x01").cast("b").tolist(), memoryview(b"\xff").cast("b")[0])
mm = memoryview(m)
print(mm.tobytes(), mm == m, mm.obj is m.obj)
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly, w.format, w.tobytes())
w[0] = 72
print(ba)
w[1:3] = b"EL"
print(ba, w.tobytes())
s = w[3:]
s[0] = ord("L")
s[-1] = ord("O")
print(ba, s.tobytes(), s.obj is ba)
w[::2] = b"123"
print(ba)
ba[0] = ord("!")
print(w[0], s.tolist(), bytes(w))
r = w.toreadonly()
print(r.readonly, r.tobytes())
for bad in [lambda: memoryview("abc"), lambda: memoryview(5), lambda: m[6], lambda: m[-7], lambda: m["a"], lambda: m.__setitem__(0, 1),
            lambda: w.__setitem__(0, 256), lambda: w.__setitem__(0, "a"), lambda: w.__setitem__(slice(0, 2), b"x"), lambda: w.__delitem__(0),
            lambda: hash(w), lambda: r.__setitem__(0, 1), lambda: m.cast("x"), lambda: m[::2].cast("B"), lambda: c.__len__() and memoryview(bytearray(b"a")).cast("c").__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
