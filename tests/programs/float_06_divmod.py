# float floor division and modulo: the sign follows the divisor; divmod, fmod and mixed int/float.
pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (7.5, 2), (-7.5, 2), (1.0, 0.1), (-1.0, 0.1),
         (0.0, 3.0), (-0.0, 3.0), (0.0, -3.0), (1e300, 1e-300), (5, 0.5), (-5, 0.7), (2**70, 3.5), (1e20, 7),
         (3.0, 1e300), (-3.0, 1e300), (1e-320, 1e-321), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0)]
import math
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, (q, r), math.fmod(a, b), a / b)
print(-0.0 % 5, 0.0 % -5, -0.0 // 5, 0.0 // -5, (-0.0).__mod__(1.0), (5.0).__rmod__(7), (2.0).__rfloordiv__(7))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, (3).__truediv__(2.0), 10**20 % 3.0, -(10**20) // 3.0)
for expr in ["1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 % 0.0", "1 // 0.0", "math.fmod(1.0, 0.0)", "5.0 // 'a'", "'a' % 5.0 if False else 5.0 % 'a'"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
x = 10.0
x //= 3; print(x)
x %= 2; print(x)
x **= 2; print(x)
x /= 0.5; print(x)
print(math.remainder(7.0, 2.0), math.remainder(5.0, 2.0), math.modf(-3.75), math.frexp(10.0), math.ldexp(0.625, 4))
