# __bool__/__len__, __getitem__-based iteration, __contains__, __index__, __format__, __iter__ vs __getitem__.
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), len(LenOnly(3)), "yes" if LenOnly(1) else "no")
class BoolAndLen:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(BoolAndLen()), len(BoolAndLen()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(object()), bool(type("E", (), {})()))
class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])
a, b, *c = Squares()
print(a, b, c)
class Contains:
    def __contains__(self, item):
        return item == "magic"
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class ContainsTruthy:
    def __contains__(self, item):
        return [1]
print(5 in ContainsTruthy())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)))
print([0, 1, 2, 3, 4][Idx(1):Idx(4)], operator_like := (Idx(2).__index__()), bytes(Idx(2)))
try:
    [1][float("1")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab"[str("x")]
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return "<" + (spec or "empty") + ">"
print(format(Fmt(), "x>10"), format(Fmt()), "{:abc}".format(Fmt()), f"{Fmt():q}")
class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(NoFormat(), "")[:9])
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class IterBeatsGetitem:
    def __iter__(self):
        return iter("it")
    def __getitem__(self, i):
        return "gi"
print(list(IterBeatsGetitem()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
