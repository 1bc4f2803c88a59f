# Numeric conversion dunders: __int__, __float__, __complex__, __index__, __round__, __trunc__, __floor__, __ceil__, __abs__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __index__(self):
        return int(self.v) * 10
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return "abs"
n = Num(2.7)
print(int(n), float(n), complex(n), round(n), round(n, 1), abs(n), n.__trunc__(), n.__floor__(), n.__ceil__())
print(bin(n), hex(n), [0] * 2 == [0] * Num(0.2), "abcdefghijklmnopqrstuvwxyz"[Num(1.5)], range(Num(0.3)))
class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), "x" * OnlyIndex(), [1, 2, 3, 4][OnlyIndex()])
class OnlyFloat:
    def __float__(self):
        return 1.5
print(float(OnlyFloat()), complex(OnlyFloat()), 2.25 ** 0.5)
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "nope"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.0
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).__floor__() if hasattr(2.5, "__floor__") else "no float.__floor__ in 3.11", (7).__floor__(), (7).__ceil__(), (7).__trunc__(), (-7).__round__())
print(int.__int__(5), float.__float__(2.5), int.__index__(9), (5).__float__(), (2.5).__int__(), (2.5).__trunc__(), (2.5).__round__(), (2.567).__round__(2))
print(int(True), float(False), complex(True), int("  7\n"), round(True), abs(False), -True, ~True)
print(int(1e18), int(1.9999999999999999), float("1e-400"), float(2 ** 53), int(-0.0), 0.1 + 0.7, 1.1 * 3)
