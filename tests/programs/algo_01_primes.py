# Algorithms on ints: sieve of Eratosthenes, trial-division factorization, gcd/lcm, perfect numbers, digit sums.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:], sum(primes))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print(acc, gcd(2 ** 40, 6 ** 20), gcd(0, 0))
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
def digits_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print([digits_sum(2 ** k) for k in range(0, 60, 6)])
twin = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twin), twin[:5], twin[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True
print([n for n in range(2 ** 31 - 20, 2 ** 31) if is_prime(n)], is_prime(1000003))
goldbach = {}
pset = set(primes)
for even in range(4, 101, 2):
    for p in primes:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print([goldbach[e] for e in [4, 28, 98, 100]], len(goldbach))
