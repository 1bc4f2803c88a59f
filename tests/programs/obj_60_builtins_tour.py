# A tour of builtins functions with ordinary arguments.
print(abs(-3), all([1, 2]), all([]), any([0, ""]), any([0, 1]), ascii("é€"), bin(10), bool([]), callable(print))
print(chr(65), ord("A"), divmod(17, 5), list(enumerate("ab", 10)), list(filter(None, [0, 1, "", "x"])), format(3.14159, ".2f"))
print(hex(255), oct(8), int("ff", 16), float("2.5"), complex(1, 2), str(b"x"), repr("q"), len("four"))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])), max(3, 9, 4), min("bca"), pow(2, 5), round(2.567, 2), sum([1, 2], 10))
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])), list(zip("ab", [1, 2], (True, False))), list(range(3, 0, -1)))
print(isinstance(1, (str, int)), issubclass(bool, int), type(1.0), tuple([1]), set([1, 1]), frozenset([2]), dict(a=1), list("ab"))
print(getattr("s", "upper")(), hasattr([], "append"), vars(type("T", (), {"a": 1}))["a"], dir([])[:0], id(1) == id(1))
print(hash(1), iter([1]).__next__(), next(iter("z")), slice(1, 2), object().__class__, bytes([65]), bytearray(b"a"), memoryview(b"ab")[0])
print(eval("1 + 2"), (lambda: 5)(), globals()["__name__"], "print" in dir(__builtins__), __name__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
x = 5
exec("y = x * 2")
print(y, compile("1", "f", "eval").co_filename, type(compile("pass", "f", "exec")).__name__)
class P:
    @property
    def v(self):
        return 1
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(), P.c(), type(P.__dict__["v"]).__name__, type(P.__dict__["s"]).__name__, type(P.__dict__["c"]).__name__)
print(super.__name__, type.__name__, object.__name__, property.__name__, staticmethod.__name__, classmethod.__name__)
print(NotImplemented, Ellipsis, None, True, False, __debug__)
print(issubclass(memoryview, object), isinstance(range, type), isinstance(print, object), type(print).__name__)
