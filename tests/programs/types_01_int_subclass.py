# Subclasses of int and float: instances keep their class, arithmetic
# returns plain numbers, overrides run first, instances have a __dict__.
class P(int):
    def __repr__(self): return "P(%d)" % int(self)
p = P(5)
print(p, repr(p), p + 1, type(p + 1).__name__, p * 2, type(p) is P, isinstance(p, int))
print(-p, +p, ~p, abs(p), type(+p), hash(p) == hash(5), {5: 'x'}[p], {p: 1}[5], p == 5, 5 == p, p < 6, bool(P(0)), bool(p))
print(f"{p}", f"{p:03d}", "%d" % p, str(p), format(p, "x"), int(p), float(p), p.bit_length(), p.real)
p.attr = 3
print(p.attr, p.__dict__, p.numerator)
class F(float):
    def __str__(self): return "F!"
f = F(2.5)
print(f, repr(f), f + 1, type(f+1).__name__, f * 2, -f, f > 2, f == 2.5, hash(f) == hash(2.5), f.is_integer(), int(f), float(f), type(float(f)), round(f), f"{f:.2f}")
class A(int):
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __eq__(self, o): return "A.eq"
    __hash__ = int.__hash__
a = A(3)
print(a + 1, 1 + a, a == 3, 3 == a, a - 1, hash(a))
try:
    class B(bool): pass
except TypeError as e: print(e)
print(int.__new__(P, 7), type(int.__new__(P, "12")), P("ff", 16))
import math
print(math.floor(f), math.sqrt(P(16)), range(P(3)), [1,2,3,4][P(1)], divmod(P(7), 2), pow(P(2), 10))
class Q(P): pass
q = Q(9); q.x=1
print(q, q.x, type(q).__mro__)
class N(int):
    __slots__ = ()
n = N(4)
print(n, hasattr(n, '__dict__'))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)
    def double(self):
        return Positive(self * 2)
x = Positive(21).double()
print(x, type(x).__name__, x + 0, type(x + 0).__name__, x // 5, x % 5, x ** 2, x << 1, x & 7, x / 2)
try:
    Positive(-3)
except ValueError as e:
    print("ValueError", e)
print(sorted([Positive(3), 1, Positive(2)]), max(Positive(1), 0), sum([Positive(1), Positive(2)]))
print(isinstance(x, Positive), issubclass(Positive, int), Positive.__mro__)
class Big(int):
    pass
print(int(Positive(8)) == 8, type(int(Positive(8))).__name__, Positive(True), Positive(2.9), Big(" 12 "))
b = Big(2 ** 70)
print(b, type(b).__name__, b + 1, type(b - b).__name__, b > 2 ** 69, hash(b) == hash(2 ** 70))
class Meters(float):
    unit = "m"
    def __repr__(self):
        return "%sm" % float.__repr__(self)
m = Meters(1.5)
print(m, repr(m), m.unit, m + m, type(m + m).__name__, m.hex(), m.as_integer_ratio(), Meters("2.25"), float.__new__(Meters, 3))
print(0.5 < m < 2, m.real, m.imag, abs(Meters(-2.0)), -Meters(1.0), divmod(Meters(7.0), 2))
print(float.fromhex.__self__ is float, Meters.fromhex("0x1p1"), type(Meters.fromhex("0x1p1")).__name__)
try:
    bool.__new__(Positive)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(Meters, 1)
except TypeError as e:
    print("TypeError", e)
