# complex arithmetic with int, float, bool and complex on both sides, pow, abs, comparisons, hash.
vals = [0, 3, -2, True, 10 ** 20, 2.5, -0.0, 0j, 1j, 3 + 4j, -1.5 - 2j, complex(0, -0.0)]
for a in vals:
    for b in vals:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        row = []
        for op in ["+", "-", "*", "/", "**"]:
            try:
                row.append(repr(eval("a %s b" % op)))
            except Exception as e:
                row.append("%s(%s)" % (type(e).__name__, e))
        print(repr(a), repr(b), " ".join(row))
z = 3 + 4j
print(-z, +z, -(0j), -complex(0, -0.0), abs(z), abs(-2j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    abs(complex(1e308, 1e308) * 2)
except OverflowError as e:
    print("abs", e)
print(1j ** 2, 1j ** -2, 2j ** 0.5, 0j ** 0, 0j ** 2, (1 + 1j) ** 3, (1 + 1j) ** 101, 2 ** 1j, pow(1j, 2), (2 + 0j) ** 0.5)
for expr in ["0j ** -1", "0j ** 1j", "0 ** -1j", "(1e200+1e200j) ** 10", "(1e200+1e200j) ** 2", "1 / 0j", "1j / 0", "1j / 0.0",
             "1j // 2", "1j % 2", "2 // 1j", "divmod(1j, 2)", "1j < 2j", "1j >= 1", "2.0 > 1j", "1j << 1", "1j & 1", "~1j", "pow(1j, 2, 3)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2) ** 0.5, (-1.5) ** -2.5, (-8) ** 2.0, type((-8) ** 2.0).__name__)
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 1j == 1, 2j == 2j, 2j != 2j, 1j == "1j", 1j == None, 0j == False, 1 + 0j == True)
print(10 ** 20 + 0j == 10 ** 20, complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(float("nan")) == complex(float("nan")), 0.5 + 0j == 0.5)
print([1j, 2j].index(2j), 2j in [1, 2j], (1 + 0j) in {1: "a"}, {1: "x", 1j: "y", 2.0: "z"}[2 + 0j], len({1, 1 + 0j, 1.0, 1j}))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(1 + 2j), hash(complex(1.5, -2.5)), hash(-1 + 0j), hash(complex(0, -1)))
print(hash(complex(float("inf"), float("-inf"))), hash(complex(1e300, 1e-300)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float("nan"), 0)), not 2j, 1j or 5, 0j or 5)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3, 0j), max(abs(1j), abs(2 + 0j)), sorted([3j, 1j, 2j], key=abs))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 2
x **= 2
print(x)
for expr in ["2j * [1]", "[1] * 2j", "'ab' * 1j", "1j * (1,)", "1j + [1]", "(1,) + 1j"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
