# float mixed with int and huge ints: exact comparisons, true division of big ints, conversions and overflow errors.
big = 10**30
print(big / 7, big / 10**29, (big + 1) / big, 2**1023 / 2**1022, -(2**1100) / 2**1099, 7 / -2, -7 / 2, 1 / 3)
print(2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53 + 1), 9007199254740993 < 9007199254740992.0 + 2, (2**63 - 1) == 2.0**63)
print(10**16 + 1 > 1e16, 10**16 + 1 == 1e16, 10**400 > 1e308, -(10**400) < -1e308, 10**400 == float("inf"), 3 == 3.0000000000000004)
print(1 + 0.5, 2**70 + 0.5, 10**20 * 1.0, 7 - 0.5, 3 * 0.1, 1e308 + 10**300, 5 // 0.3, 5 % 0.3, -5 // 0.3)
for expr in ["float(10**309)", "10**400 / 1", "10**400 * 1.0", "1.0 * 10**400", "10**400 + 1.0", "10**400 < float('nan')",
             "2**1024 / 2", "(2**1024 + 0.0)", "10**400 // 1.0", "divmod(10**400, 1.0)", "1e308 * 10**10", "round(1e308 * 10)",
             "int(1e308) == 10**308", "float(2**1023 * 2 - 1)", "2**1024 - 2**970 == float('inf')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print((2**1024 - 2**970) / 1 if False else "skip", float(2**1024 - 2**971), float(-(2**1024 - 2**971)))
print(sum([0.1] * 10) == 1.0, __import__("math").fsum([0.1] * 10) == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print([round(x * 0.1, 10) for x in range(5)], [x / 4 for x in range(-3, 4)], [2.0**-e for e in (1, 10, 1074)], 2.0 ** -1075)
print(int(2.5e20), int(-1.9999), int(1e-300), float(2**63) == 2**63, float(-(2**63)) == -(2**63), float(2**64 - 1) == 2**64)
