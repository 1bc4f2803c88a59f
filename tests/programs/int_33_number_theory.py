# number theory with ints: gcd, modular inverse, primes, bit tricks, digits
import math

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(primes))
print(math.gcd(2**40 * 3, 2**35 * 9), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6, 10), math.gcd(*range(12, 100, 12)))
for a, m in [(3, 11), (10, 17), (2**61 - 1, 10**9 + 7), (7, 2**64)]:
    g, x, _ = egcd(a, m)
    print(a, m, g, x % m, pow(a, -1, m), (a * pow(a, -1, m)) % m)
def is_probable_prime(n):
    if n < 2:
        return False
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in [2**61 - 1, 2**61 + 1, 2**89 - 1, 10**18 + 9, 561, 1105] if is_probable_prime(n)])
n = 0b1011_0110
print(n, bin(n), n & -n, n & (n - 1), (n ^ (n >> 1)), n.bit_count(), n.bit_length(), ~n & 0xFF)
print([i for i in range(20) if i & (i - 1) == 0], (1 << 100).bit_length(), ((1 << 100) - 1).bit_count())
print(math.isqrt(10**40), math.isqrt(2**101), math.isqrt(99), math.comb(50, 25), math.perm(10, 3), math.factorial(25))
digits = [int(c) for c in str(2**100)]
print(sum(digits), len(digits), int(''.join(map(str, reversed(digits)))) % 97)
def to_base(n, b):
    chars = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign, n = ('-', -n) if n < 0 else ('', n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(chars[r])
    return sign + ''.join(reversed(out))
for v, b in [(255, 2), (-255, 16), (10**20, 36), (0, 7), (2**64, 3)]:
    s = to_base(v, b)
    print(v, b, s, int(s, b) == v)
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99], fib[99] % 1000007, math.gcd(fib[60], fib[45]) == fib[15])
