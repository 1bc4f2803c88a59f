# Operator precedence and associativity: unary minus vs **, not/and/or, comparison chains, mixed ops.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, 7 % 3 ** 2, -7 % 3, -(7 % 3), - - 3, ~-3, -~3)
print(not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(0 or "", "" or 0, None or [] or "x", 1 and 2 and 3, 1 and 0 and 3)
print(not None, not [], not [0], True + True, True * 10)
print(3 < 4 == 4 > 2, 1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 3 >= 3 != 4)
print(2 + 3 if 1 > 2 else 4 + 5, (2 + 3) if 1 < 2 else 0)
print(1 + 2 << 1, 1 + (2 << 1), 8 >> 1 + 1, 3 & 5 | 2, 3 & (5 | 2))
print("a" + "b" * 3, ("a" + "b") * 3, [1] * 3 + [2], 2 * [0, 1])
print(1 in [1, 2] == True, (1 in [1, 2]) == True, 3 not in [1, 2], not 3 in [1, 2])
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not x > 3 or x == 5)
print(-x ** 2, (-x) ** 2, x ** 2 ** -1, -x // 2, -(x // 2))
print(2 * -3, 2 ** -2, 10 - -3, 4 / -2)
print(1 if x else 2 if x > 10 else 3, (1 if not x else 2) if x > 10 else 3)
print([1, 2, 3][1] * 2 ** 2, "abc"[1:] * 2, -[1, 2][0])
def f(n):
    return n * 2
print(f(3) + f(4) * 2, f(1 + 2) ** 2, -f(2) ** 2)
print(10 % 3 * 2, 10 * 3 % 7, 2 ** 2 * 3, 2 * 2 ** 3, 100 // 7 % 4)
print(True or 1 / 0, False and 1 / 0, (0 or 0.0 or None) is None)
