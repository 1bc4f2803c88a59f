# int methods and attributes: as_integer_ratio, conjugate, numerator/denominator/real/imag, round, __index__ & co.
for n in [0, 7, -7, 2**100, True]:
    print(n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag, type(n.real).__name__)
print(round(1234), round(1234, 1), round(1234, -1), round(1235, -1), round(1245, -1), round(-1250, -2), round(-1350, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(-5, -1), round(10**30 + 5 * 10**9, -10), round(123, -5))
print(round(7, None), type(round(7, 2)).__name__, round(2**100, -29))
print((5).__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1))
print((5).__sizeof__() > 0, (5).__format__("04d"), (5).__repr__(), (5).__str__(), (5).__hash__(), (5).__getnewargs__())
print(int.bit_length(255), int.bit_count(7), int.conjugate(3), int.__abs__(-4))
print(sorted(n for n in dir(0) if not n.startswith("_")))
import math
print(math.floor(-(2**70) - 0.0) if False else math.floor(7), math.ceil(-7), math.trunc(10**20), math.gcd(2**64, 6**30))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, -3), divmod(2**64, 2**32 + 1))
print(isinstance(True, int), issubclass(bool, int), int.__name__, int.__mro__)
for bad in [lambda: (5).real.__setattr__("x", 1), lambda: setattr(5, "real", 3), lambda: (5).nope, lambda: int.foo]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(5, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x10", "big").numerator, (10**20).denominator)
print(abs(-(2**200)) == 2**200, -(-(2**63)) == 2**63, 2**63 - 1 + 1 == 2**63, -(2**63) - 1 == -(2**63 + 1))
