# int: pow() with a modulus, negative exponents with a modulus (modular inverse), and its errors.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(10**30, 10**10, 998244353), pow(2, 10**100, 10**9 + 9))
print(pow(0, 0, 5), pow(5, 0, 1), pow(5, 3, 1), pow(5, 3, -1), pow(0, 5, 3))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97), pow(2, -1, 10**40 + 7))
for b in range(1, 11):
    print(b, pow(b, -1, 11), b * pow(b, -1, 11) % 11)
tests = [
    (lambda: pow(2, -1, 4)),
    (lambda: pow(0, -1, 5)),
    (lambda: pow(6, -3, 9)),
    (lambda: pow(2, 3, 0)),
    (lambda: pow(2, -1, 0)),
    (lambda: pow(2.0, 3, 5)),
    (lambda: pow(2, 3.0, 5)),
    (lambda: pow(2, 3, 5.0)),
    (lambda: pow("2", 3, 5)),
    (lambda: pow(2, 3, "5")),
    (lambda: pow(2, 3, None)),
    (lambda: pow(2, -1, None)),
    (lambda: pow(0, -2)),
    (lambda: pow(0.0, -2)),
    (lambda: (-8) ** (1 / 3)),
    (lambda: 2 ** 0.5),
    (lambda: pow(-2, 0.5)),
    (lambda: pow(True, 5, 3)),
    (lambda: pow(10**20, -1, 10**20 + 1)),
]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(int.__pow__(2, 5), int.__pow__(2, 5, 3), (2).__rpow__(3), (2).__rpow__(3, 5))
print(pow(2, exp=5) if False else 32)
print(pow(7, 12345678901234567890, 13), pow(7, 12345678901234567890 % 12, 13))
