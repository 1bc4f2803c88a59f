# Native recursion through nested arguments raises RecursionError with
# CPython's message instead of exhausting the native stack: isinstance and
# issubclass on nested tuples, repr and str of exceptions nested in their
# arguments. Found by the compile_run fuzz target.


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except RecursionError as e:
        print(label, "RecursionError:", e)


spec = int
for _ in range(100000):
    spec = (spec,)
attempt("isinstance", lambda: isinstance(1, spec))
attempt("issubclass", lambda: issubclass(bool, spec))
attempt("isinstance shallow", lambda: isinstance(1, ((str, (int,)),)))

exc = None
for _ in range(100000):
    exc = ValueError(exc)
attempt("exception repr", lambda: repr(exc))
attempt("exception str", lambda: str(exc))
pair = None
for _ in range(100000):
    pair = KeyError(pair, 1)
attempt("exception pair repr", lambda: repr(pair))
shallow = ValueError(TypeError(KeyError("k")))
attempt("exception shallow", lambda: repr(shallow) + str(shallow))

# A result too large to allocate is a MemoryError, not an abort.
for make in [lambda: (5).to_bytes(2**62, "big"), lambda: bytes(2**62), lambda: "a" * 2**62]:
    try:
        make()
    except MemoryError as e:
        print("MemoryError", repr(e))
