# memoryview item formats after cast: writes through typed views, comparisons across formats, hashing and tolist.
buf = bytearray(16)
q = memoryview(buf).cast("q")
q[0] = -2; q[1] = 2**62
print(q.tolist(), buf[:8].hex(), q.nbytes, q.itemsize, len(q))
d = memoryview(buf).cast("d")
d[1] = 0.5
print(d.tolist(), q.tolist(), d[0] != d[0] if False else d[0])
i = memoryview(buf).cast("i")
i[3] = -1; i[2] = 7
print(i.tolist(), memoryview(buf).cast("I").tolist()[2:], memoryview(buf).cast("h").tolist()[4:])
f = memoryview(bytearray(8)).cast("f")
f[0] = 1.5; f[1] = 3
print(f.tolist(), f[1], type(f[1]).__name__)
b = memoryview(bytearray(4)).cast("?")
b[0] = True; b[1] = 5; b[2] = []; b[3] = "x"
print(b.tolist(), bytes(b.obj))
for fmt, val in [("h", 40000), ("h", -32769), ("H", -1), ("I", 2**32), ("q", 2**63), ("Q", -1), ("b", 128), ("i", "1"), ("d", "1.0"), ("f", None), ("Q", 2**64 - 1)]:
    v = memoryview(bytearray(8)).cast(fmt)
    try:
        v[0] = val
        print(fmt, "ok", v[0])
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
raw = bytes(range(8))
print(memoryview(raw).cast("H") == memoryview(raw).cast("H"), memoryview(raw).cast("H") == raw, memoryview(raw).cast("B") == raw)
print(memoryview(raw).cast("b") == memoryview(raw), memoryview(b"\xff").cast("b") == memoryview(b"\xff"), memoryview(b"a").cast("c") == b"a")
print(memoryview(raw).cast("H") == memoryview(raw).cast("h"), memoryview(raw).cast("B", (2, 4)) == memoryview(raw).cast("B", (4, 2)))
print(memoryview(raw).cast("B", (2, 4)) == memoryview(raw).cast("B", [2, 4]), hash(memoryview(raw).cast("c")) == hash(raw))
try:
    hash(memoryview(raw).cast("H"))
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(raw).cast("B", (2, 2, 2))
print(m2.tolist(), m2.shape, m2.strides, m2.ndim, m2[1, 0, 1], m2.nbytes, m2.cast("B").tolist() == list(raw), m2.cast("H", (4,)).tolist())
for key in [(0, 0), (0, 0, 0, 0), (2, 0, 0), (0, -1, -1), (0, slice(None), 0)]:
    try:
        print(key, m2[key])
    except Exception as e:
        print(key, type(e).__name__, e)
try:
    m2.cast("H", (2, 2))
except TypeError as e:
    print(type(e).__name__, e)
w = memoryview(bytearray(8)).cast("B", (2, 4))
w[1, 2] = 9
print(w.obj, w.tolist(), w.readonly, w.toreadonly().readonly, w.tobytes())
h = memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H")
h[0:1] = memoryview(bytearray(b"\x05\x00")).cast("H")
print(h.tolist())
try:
    h[0:1] = b"\x05\x00"
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: list(m2), lambda: list(memoryview(b"x").cast("B", ())), lambda: len(memoryview(b"x").cast("B", ()))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b"x").cast("B", ()).tolist(), memoryview(b"x").cast("B", ()).shape, memoryview(b"x").cast("c", ())[()])
