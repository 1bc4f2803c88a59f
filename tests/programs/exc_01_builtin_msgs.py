# Builtin exception types and their exact str() messages; catching by base class; exception args.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e))
d = {"a": 1}
lst = [1, 2, 3]
class Foo:
    def __init__(self):
        self.x = 1
attempt("zero-int", lambda: 1 // 0)
attempt("zero-true", lambda: 1 / 0)
attempt("zero-mod", lambda: 5 % 0)
attempt("zero-float", lambda: 1.0 / 0)
attempt("zero-floatmod", lambda: 2.5 % 0.0)
attempt("zero-divmod", lambda: divmod(1, 0))
attempt("zero-pow", lambda: 0 ** -1)
attempt("index-list", lambda: lst[10])
attempt("index-neg", lambda: lst[-4])
attempt("index-tuple", lambda: (1,)[1])
attempt("index-str", lambda: "abc"[3])
attempt("key-str", lambda: d["b"])
attempt("key-int", lambda: {1: 2}[3])
attempt("key-tuple", lambda: {}[(1, 2)])
attempt("attr-obj", lambda: Foo().y)
attempt("attr-int", lambda: (5).foo)
attempt("attr-str", lambda: "s".nope())
attempt("attr-list", lambda: lst.push(1))
attempt("attr-none", lambda: None.x)
attempt("name", lambda: undefined_thing)
attempt("value-int", lambda: int("x1"))
attempt("value-unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("value-chr", lambda: chr(-1))
attempt("type-sub", lambda: "a" - "b")
attempt("type-idx", lambda: lst["0"])
attempt("type-idx-float", lambda: lst[1.0])
attempt("type-iter", lambda: list(5))
attempt("type-unorderable", lambda: max(1, "a"))
attempt("max-empty", lambda: max([]))
attempt("min-empty", lambda: min([]))
attempt("ok", lambda: lst[2])
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e), len(e.args))
e2 = KeyError("k")
print(str(e2), repr(e2), e2.args)
e3 = Exception()
print(repr(str(e3)), e3.args, repr(e3))
print(repr(ZeroDivisionError("x")), repr(RuntimeError()), str(IndexError("i")))
for exc_type in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, AttributeError, RecursionError, StopIteration, AssertionError]:
    print(exc_type.__name__, isinstance(exc_type(), Exception), isinstance(exc_type(), RuntimeError), isinstance(exc_type(), ValueError))
try:
    [][0]
except Exception as err:
    print("caught as Exception:", type(err).__name__)
try:
    1 / 0
except (ValueError, ZeroDivisionError) as err:
    print("caught via tuple:", err)
try:
    {}["x"]
except (IndexError, KeyError) as err:
    print("tuple except:", repr(err))
