# Integer arithmetic: + - * / // % ** with positive and negative operands, divmod, pow, augmented ops.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
for x in (7, -7):
    for y in (3, -3):
        print(x, y, x // y, x % y, divmod(x, y), x / y)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2, (-8) // 3, 8 // -3, -8 % 3, 8 % -3)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(10, 20, 1000007))
print(abs(-12), abs(0), -(-5), +7)
print(7 // 1, 0 // 5, -0, 0 % 3, 6 / 3, 1 / 8)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011, 0XAB)
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x %= 7
x **= 3
print(x)
y = 100
y /= 8
print(y, type(y).__name__)
z = 7
z <<= 4
z |= 3
z &= 0xF3
z ^= 0x11
z >>= 1
print(z)
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print("sum of multiples of 3 or 5 below 101:", total)
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 20, 6 ** 8))
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz_steps(n) for n in range(1, 16)], collatz_steps(27))
print(int.__name__, type(3 // 2), type(3 / 2), type(-3 % 2))
