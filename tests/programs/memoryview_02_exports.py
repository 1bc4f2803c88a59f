# memoryview exports: a bytearray with live views cannot resize; release and the context manager.
ba = bytearray(b"abc")
m = memoryview(ba)
def attempt(label, f):
    try:
        f()
        print(label, "ok", ba)
    except BufferError as e:
        print(label, type(e).__name__, e)
attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b"xy"))
attempt("pop", lambda: ba.pop())
attempt("clear", lambda: ba.clear())
attempt("del", lambda: ba.__delitem__(0))
attempt("slice-grow", lambda: ba.__setitem__(slice(0, 1), b"xy"))
attempt("slice-same", lambda: ba.__setitem__(slice(0, 2), b"XY"))
attempt("item", lambda: ba.__setitem__(2, 90))
attempt("reverse", lambda: ba.reverse())
def iadd():
    global ba
    ba += b"z"
attempt("iadd", iadd)
m.release()
print(m.__repr__().startswith("<released memoryview"))
attempt("append-after-release", lambda: ba.append(33))
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.nbytes, lambda: bytes(m)]:
    try:
        print(f())
    except ValueError as e:
        print(type(e).__name__, e)
m.release()
print(m == m, m == memoryview(b"x"))
with memoryview(ba) as v:
    attempt("in-with", lambda: ba.append(1))
    v[0] = ord("?")
    sub = v[1:]
attempt("after-with-sub-alive", lambda: ba.append(1))
sub.release()
attempt("after-sub-release", lambda: ba.append(35))
def scoped():
    t = memoryview(ba)
    return t[0]
print(scoped())
attempt("after-scope", lambda: ba.append(36))
views = [memoryview(ba) for _ in range(3)]
attempt("three-views", lambda: ba.append(1))
del views
attempt("views-dropped", lambda: ba.append(37))
print(ba)
