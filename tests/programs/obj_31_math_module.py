# math module: floor/ceil/trunc dispatch to dunders, common functions, domain errors.
import math
class Num:
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
n = Num()
print(math.trunc(n), math.floor(n), math.ceil(n))
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), type(math.floor(2.5)).__name__, math.floor(7))
print(math.sqrt(16), math.pi, math.e, math.tau, math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.factorial(10), math.inf, math.isnan(math.nan))
print(math.log(math.e), math.log2(8), math.log10(1000), math.log(8, 2), math.exp(0), math.pow(2, 10), math.fabs(-3), math.hypot(3, 4), math.copysign(1, -0.0))
print(math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.isfinite(1e308), math.lcm(4, 6))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.atan2(1, 1), 12), math.degrees(math.pi), math.radians(180))
print(math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.remainder(7, 3), math.dist((0, 0), (3, 4)))
print(math.floor(10 ** 20 + 0.5), math.ceil(-0.5), math.isinf(-math.inf), math.gcd(), math.gcd(0, 0), math.gcd(-4, 6))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.factorial, 2.5), (math.isqrt, -1), (math.floor, "x"), (math.exp, 1000)]:
    try:
        print(f(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(math.floor(float("inf")) if False else "skip", math.nan != math.nan, math.copysign(3, -1), math.ulp(1.0) > 0)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(n for n in ["sqrt", "floor", "nope", "pi"] if hasattr(math, n)), type(math).__name__, math.__name__)
