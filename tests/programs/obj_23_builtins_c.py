# Builtins: print options, input-free I/O helpers, getattr family on builtins, object(), type() 3-arg, dir, bool(), str(), repr().
import sys
print("a", "b", sep="")
print("x", "y", sep=" | ", end=" <end>\n")
print(end="")
print()
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep=",")
print("no newline", end="")
print(" continued")
print(1, 2.0, None, True, [1], (2,), {3: 4}, "s", b"b", sep=";")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
sys.stdout.write("direct write\n")
print(sys.stdout.write("abc\n"))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(o).__name__, o == o, o != object(), object.__name__, isinstance(o, object))
T = type("T", (), {"a": 1, "__repr__": lambda self: "T-instance"})
print(T(), T.a, T.__name__, T.__qualname__, T.__bases__)
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(None), bool("0"), bool([0]), bool(-1))
print(str(), str(5), str("s"), str(None), str([1, "a"]), str(b"x"), str(3.0), str(1e100))
print(repr(""), repr("\n"), repr([None, "x"]), repr((1,)), repr(()), repr(set()), repr({}), repr(range(3)))
try:
    str(b"x", "bogus-encoding")
except LookupError as e:
    print(type(e).__name__, e)
print(tuple(), tuple([1]), list(), list((1, 2)), list({"a": 1}), dict(), set(), frozenset("aa"), float(), complex())
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_"))[:12])
print("__len__" in dir([]), "append" in dir(list), len(dir(object)) > 10)
print(hasattr(sys, "argv"), type(sys.argv).__name__, sys.maxsize > 2 ** 31, type(sys.version_info).__name__ != "", sys.version_info[0])
print(getattr(__builtins__, "len", None) is len if hasattr(__builtins__, "len") else "builtins is dict")
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins))
def f(*, sep):
    return sep
print(f(sep="kw-only"), max.__name__, print.__name__, len.__doc__ is not None)
print(ord(min("zebra")), chr(max(map(ord, "abc"))), "".join(sorted("hello", reverse=True)))
