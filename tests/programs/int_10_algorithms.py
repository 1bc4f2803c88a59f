# Arbitrary-precision int in everyday algorithms: factorials, Fibonacci, primes, isqrt, gcd/lcm, base conversion, digit sums.
import math
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f300 = fib(300)
print(f300, len(str(f300)), f300 % 1000000007, f300.bit_length(), sum(map(int, str(f300))))
fact = math.factorial(100)
print(fact, fact // math.factorial(98), len(str(fact)) - len(str(fact).rstrip("0")), math.comb(100, 50), math.perm(20, 5))
print(math.isqrt(10**100), math.isqrt(2 * 10**60), math.isqrt(0), math.isqrt(99), math.gcd(fact, 2**200), math.lcm(12, 18, 10**20))
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(2**61 - 40, 2**61) if is_prime(p)], is_prime(2**127 - 1), is_prime(2**128 + 1), is_prime(10**18 + 9))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 255, -255, 2**100, 3**50]:
    print([to_base(n, b) for b in (2, 7, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
x = 1
for i in range(1, 60):
    x = x * 3 + i
print(x, x % 2**64, x >> 40, x & (2**32 - 1), -x // 7, -x % 7, divmod(x, -(10**20)))
print(sum(i * i for i in range(10**5)), sum(range(1, 10**6, 3)) ** 2, pow(2, 2**10) % 10**30, (10**50 + 1) * (10**50 - 1) == 10**100 - 1)
r = 10**40 // 7
print(r, str(r).count("142857"), 10**40 % 7, int(str(r)[::-1]), (2**521 - 1) % 1000007, hex(2**521 - 1)[:10])
