# inf/nan arithmetic and comparisons, divmod and % sign rules
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf, nan + 1)
print(inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, nan is nan)
print(max(1, inf), min(-inf, 0), sorted([3.0, -inf, 1.0, inf]), [nan] == [nan] if False else 'skip')
print(float('inf') == 10**400, 10**400 < inf, -10**400 > -inf, int(1e300) < inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), -0.0 == 0.0, str(-0.0))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1e-300, 1.0), (5, inf), (-5, inf), (5, -inf), (inf, 5), (0.0, 3), (-0.0, 3)]:
    try:
        print(a, b, divmod(a, b), a % b, a // b, math.fmod(a, b) if not math.isinf(a) else 'x')
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (inf, 0.0)]:
    for op in ('/', '//', '%', 'divmod'):
        try:
            r = divmod(a, b) if op == 'divmod' else eval(f'a {op} b')
            print(a, op, b, r)
        except ZeroDivisionError as e:
            print(a, op, b, 'ZeroDivisionError', e)
print((-7) % 3, 7 % -3, -7 // 3, 7 // -3, divmod(-7, 3), divmod(7, -3), divmod(-7, -3))
print(2.0 ** 1024 if False else 'skip', end=' ')
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    print((-8.0) ** (1 / 3))
except Exception as e:
    print(type(e).__name__, e)
print(0.0 ** 0, inf ** 0, nan ** 0, 1 ** nan, (-1) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(hash(inf), hash(-inf), hash(0.5), hash(1.0) == hash(1), hash(-0.0))
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10, abs(-inf), -nan != -nan)
print(round(7.5 % 2, 10), 1e16 % 3, 2**53 % 3.0, (2**53 + 1) / 1)
