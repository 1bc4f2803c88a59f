# __eq__/__hash__ interplay, comparison dunders, total ordering by hand, identity fallback.
class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, hash(a) == hash(a))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
class Inherit(EqOnly):
    pass
print(Inherit.__hash__)
class Restore(EqOnly):
    __hash__ = object.__hash__
print(isinstance(hash(Restore(1)), int))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class NeCustom:
    def __eq__(self, o):
        return "eq-result"
print(NeCustom() == 1, NeCustom() != 1)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt called")
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return "Cmp(%d)" % self.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2), Cmp(3) >= Cmp(3))
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
print(max(Cmp(5), Cmp(9)), min([Cmp(4), Cmp(2)]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), {1: "a", 1.0: "b", True: "c"})
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class HashReturnsStr:
    def __hash__(self):
        return "str"
try:
    hash(HashReturnsStr())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(BigHash()), int), hash(-1), hash(2 ** 61 - 1))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print([1, 2, 3].count(AlwaysEq()), AlwaysEq() in [5], [AlwaysEq()].index(99))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
