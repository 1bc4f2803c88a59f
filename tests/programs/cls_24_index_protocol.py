# __index__: where it's used (slicing, range, hex, bin, operator.index)
# and where it isn't (float, int() prefers __int__).
import operator


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


seq = list(range(10))
print(seq[Idx(2)], seq[Idx(1):Idx(8):Idx(3)], "abcdef"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(range(Idx(5))[Idx(1)], list(range(Idx(1), Idx(4))), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(operator.index(Idx(7)), int(Idx(9)), [0] * Idx(3), "ab" * Idx(2), bytes(Idx(2)))
print(round(2.567, Idx(2)), Idx(3) .__index__(), pow(2, Idx(10)) if False else 2 ** operator.index(Idx(10)))
print(f"{Idx(4).__index__():03d}", chr(Idx(65)), format(Idx(10).__index__(), "x"))
seq[Idx(0)] = "zero"
del seq[Idx(1)]
print(seq[:3])


class BadIndex:
    def __index__(self):
        return "7"


for obj in (BadIndex(), 3.0, "1", None):
    try:
        print(type(obj).__name__, [10, 20, 30][obj])
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
for obj in (BadIndex(), 2.5):
    try:
        operator.index(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    range(2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.0:2]
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    float(Idx(3))
    print("float ok")
except TypeError as e:
    print("TypeError:", e)


class IntAndIndex:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


print(int(IntAndIndex()), operator.index(IntAndIndex()), [5, 6, 7][IntAndIndex()])


class OnlyInt:
    def __int__(self):
        return 4


print(int(OnlyInt()))
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print("TypeError:", e)


class HugeIndex:
    def __index__(self):
        return 2 ** 100


try:
    [1][HugeIndex()]
except IndexError as e:
    print("IndexError:", e)
print("abc"[HugeIndex():], "abc"[:HugeIndex()])
print(operator.index(True), type(operator.index(True)).__name__)
