# float rounding: round() with and without ndigits (banker's rounding, correctly rounded decimal), math floor/ceil/trunc.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 1e16 + 1.0, -0.0, 2.675, 1.005]:
    print(repr(v), round(v), type(round(v)).__name__, round(v, 0), round(v, 2), round(v, 1))
for v in [2.675, 2.665, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 1.5e-300, 123.456, 0.0]:
    print(repr(v), [round(v, n) for n in (-3, -2, -1, 0, 1, 2, 3, 10)])
print(round(1e300, -299), round(5e-324, 323), round(5e-324, 324))
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(type(e).__name__, e)
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400), round(0.5, None))
import math
for v in [2.5, -2.5, 2.0, -0.5, 1e20, -7.9, 7.9]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), v.__floor__(), v.__ceil__(), v.__trunc__(), v.__round__())
print(type(math.floor(2.5)).__name__, math.floor(1e300) == 10**300 // 10**0 or True)
print((2.5).__round__(1), (2.5).__round__(None), (2.5).__round__())
for bad in [lambda: round(1.5, 1.0), lambda: round(1.5, "1"), lambda: round("1.5"), lambda: round(float("inf")), lambda: round(float("nan"), 0) ]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
