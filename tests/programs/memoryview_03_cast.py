# memoryview.cast between formats and shapes, tolist of multi-byte formats, itemsize/nbytes/shape/strides, and cast errors.
raw = bytes(range(16))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "N", "n"]:
    try:
        c = m.cast(fmt)
        print(fmt, c.format, c.itemsize, c.nbytes, len(c), c.shape, c.strides, c.tolist()[:4])
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
print(m.cast("B", (4, 4)).tolist(), m.cast("B", [2, 8]).shape, m.cast("H", (2, 4)).tolist(), m.cast("B", (2, 2, 4)).ndim)
two = m.cast("B", (4, 4))
print(two.strides, two.suboffsets, two.c_contiguous, two.f_contiguous, two.contiguous, two.cast("B").tolist()[:5], two.tobytes()[:3])
print(m.cast("i")[1], m.cast("H")[-1], m.cast("c")[3], m.cast("d").tolist(), [int.from_bytes(raw[i:i + 4], "little") for i in range(0, 16, 4)] == m.cast("I").tolist())
f = memoryview(bytes.fromhex("000000000000f83f00000000000000c09c7500883ce4377e")).cast("d")
print(f.tolist(), f[0], f[1:].tolist(), f.format, f.nbytes)
for bad in [lambda: m.cast("x"), lambda: m.cast("H", (3,)), lambda: m.cast("B", (5, 5)), lambda: memoryview(b"abc").cast("H"),
            lambda: m.cast("H").cast("I"), lambda: m.cast(5), lambda: m.cast("B", 16), lambda: two[0], lambda: two[0, 0],
            lambda: m[::2].cast("H"), lambda: m.cast("B", ()), lambda: m.cast("@Q"), lambda: m.cast("<H"), lambda: m.cast("B", (0, 16))]:
    try:
        r = bad()
        print("ok", r if not isinstance(r, memoryview) else (r.format, r.shape))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(8)
mv = memoryview(ba).cast("H")
mv[0] = 0x1234; mv[3] = 0xFFFF
print(ba, mv.tolist(), mv.readonly)
for bad in [lambda: mv.__setitem__(1, 70000), lambda: mv.__setitem__(1, -1), lambda: mv.__setitem__(1, 1.5), lambda: mv.__setitem__(9, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cm = memoryview(bytearray(b"abc")).cast("c")
cm[0] = b"z"; print(cm.tolist(), cm.obj)
try:
    cm[1] = b"zz"
except Exception as e:
    print(type(e).__name__, e)
