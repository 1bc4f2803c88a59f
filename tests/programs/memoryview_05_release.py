# memoryview release and context management: operations on a released view, exports blocking bytearray resizing.
ba = bytearray(b"hello")
with memoryview(ba) as m:
    print(m.tobytes(), m.readonly)
    try:
        ba.append(33)
    except BufferError as e:
        print(type(e).__name__, e)
print(repr(m)[:22], m == m)
for name, f in [("len", lambda: len(m)), ("index", lambda: m[0]), ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()),
                ("nbytes", lambda: m.nbytes), ("format", lambda: m.format), ("cast", lambda: m.cast("B")), ("slice", lambda: m[1:]),
                ("bytes", lambda: bytes(m)), ("hex", lambda: m.hex()), ("iter", lambda: list(m)), ("eq", lambda: m == b"hello"),
                ("with", lambda: m.__enter__()), ("hash", lambda: hash(m)), ("obj", lambda: m.obj), ("readonly", lambda: m.readonly)]:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)
m.release(); m.release()
ba.append(33); print(ba)
a = memoryview(ba)
b = a[1:3]
try:
    ba.extend(b"more")
except BufferError as e:
    print(type(e).__name__, e)
a.release()
try:
    ba.extend(b"more")
except BufferError as e:
    print("still exported:", type(e).__name__, e)
b.release()
ba.extend(b"more"); print(ba)
c = memoryview(ba)
d = memoryview(c)
c.release()
try:
    ba.pop()
except BufferError as e:
    print(type(e).__name__, e)
print(d.tobytes())
d.release()
print(ba.pop(), ba)
def use():
    v = memoryview(ba)
    return v[0]
print(use(), ba.pop(), ba)
e = memoryview(ba)
del e
ba.clear(); print(ba, len(ba))
try:
    memoryview("str")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    memoryview(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
