# Numeric code: matrices as lists, fractions by hand, big integers, float rounding.
import math


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def fib(n):
    return mat_pow([[1, 1], [1, 0]], n)[0][1]


print([fib(n) for n in range(12)], fib(200))
print(len(str(fib(1000))), fib(1000) % 1_000_000_007)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), matmul([[1, 2], [3, 4]], [[5], [6]]))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __float__(self):
        return self.n / self.d


h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print(h, float(h), Frac(6, -8), Frac(3, 4) * Frac(4, 3))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

print(2 ** 100, -(2 ** 65) // 3, -(2 ** 65) % 7, divmod(-17, 5), divmod(17, -5), (-7) // 2, -7 % 3)
print(math.factorial(25), math.comb(30, 12), math.isqrt(10 ** 20 + 1), math.gcd(2 ** 40, 6 ** 20))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e308 * 10, -1e308 * 10)
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(2.7), 7 / 2, 7 // 2.0)
print(float("inf") > 10 ** 400, math.isnan(float("nan")), float("nan") == float("nan"))
print((255).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), bin(-5), hex(2 ** 70))
print(int("ff", 16), int("0b1011", 0), int(" 42 "), int("1_000"), float("1e-3"), 3 ** -2, pow(3, 4, 5), pow(3, -1, 7))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), abs(-3 + 4j), complex(1, 2) * 1j)
