# float methods: is_integer, as_integer_ratio, conjugate, real/imag, comparisons with huge ints, hashing.
for v in [0.0, -0.0, 1.0, 2.5, -0.75, 1e300, 1e-300, 0.1, 2.0**60, 1 / 3]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.__abs__(), v.__neg__(), v.__bool__())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
big = 2**1000
print(float(big) == big, 1e300 < big, 1e301 > big, float(2**53) == 2**53 + 1, 2.0**53 < 2**53 + 1, 2**53 + 1 > 2.0**53)
print(2**1024 > 1.7976931348623157e308, -(2**1024) < -1.7976931348623157e308, float("inf") > 2**5000, float("-inf") < -(2**5000))
print(0.5 == 1 / 2, 1.0 == 1, 1.0 == True, 0.1 == 1 / 10, [1.0, 2] == [1, 2.0], 3.0 in {3}, {1.0: "a"}[1])
print(hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(2.0**70) == hash(2**70), hash(float(2**61 - 1)))
print(float.__eq__(1.0, 1), float.__eq__(1.0, "1"), float.__lt__(1.0, 2**100), (1.0).__ge__(1))
print((2.5).__int__(), (2.5).__float__(), (2.5).__trunc__(), (2.5).__getnewargs__(), (2.5).__format__(".3f"))
print(float.fromhex("0x1p-3").as_integer_ratio(), (-2.5).as_integer_ratio(), (1e22).as_integer_ratio())
print(sorted(x for x in dir(1.0) if not x.startswith("_")))
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.rounds)
print(sys.float_repr_style, float.__getformat__("double"))
try:
    (1.0).real = 2.0
except AttributeError as e:
    print(type(e).__name__, e)
class MyF(float):
    pass
m = MyF(2.5)
print(m.is_integer(), m.as_integer_ratio(), type(m.conjugate()).__name__, type(m + 1).__name__, type(-m).__name__)
