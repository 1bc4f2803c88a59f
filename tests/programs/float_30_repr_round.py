# float repr round-trip, round(), hex, as_integer_ratio, is_integer
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 1e-4, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        -0.0, 0.5, 2.5, 100.0, 1e15, 12345678901234567.0, 0.000123, 9.999999999999999e22]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, v.hex(), v.is_integer(), v.as_integer_ratio() if v == v else None)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('0x1.fffffffffffffp+1023'), float.fromhex('  0XAp0  '), float.fromhex('inf'), float.fromhex('0x.8'))
for s in ['0x1p1024', 'x', '0x1.g', '']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, None), (3.5, None), (-2.5, None), (-0.5, None), (1234.5678, -2),
             (1e300, -300), (5e-324, 400), (0.5, 0), (1.5, 0), (123.456, 1), (-0.0, 1), (1e16, 3)]:
    r = round(x) if n is None else round(x, n)
    print(x, n, repr(r), type(r).__name__)
for bad in [float('inf'), float('nan')]:
    for f in (round, int):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 1), round(2.5, None))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
print(float(' 1.5 '), float('1_000.5'), float('-inf'), float('nAn'), float('1e-400'), float('.5'), float('5.'), float(b'2.5'))
for s in ['1__0', '', 'abc', '1e', '0x10', '1.5j', ' ', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print(e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), (7.9).__trunc__(), (-7.9).__floor__(), (7.1).__ceil__())
print(0.1 * 3, 0.3 == 0.1 * 3, math.isclose(0.3, 0.1 * 3), 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
