# complex: attributes, conjugate, abs, equality with int/float, hashing, dunders, and unsupported operations.
zs = [0j, 1j, -1j, 3 + 4j, -3.5 - 0.25j, complex(1e300, 1e300), complex(-0.0, 0.0), complex(2, -0.0), complex(float("inf"), 1)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z), bool(z), hash(z) == hash(complex(z.real, z.imag)))
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, (2 + 0j) in {2}, {1: "a"}[1 + 0j], hash(2 + 0j) == hash(2), hash(1j))
for expr in ["1j < 2j", "1j > 0", "1j <= 1j", "int(1j)", "float(1j)", "1j // 2", "1j % 2", "divmod(1j, 2)", "round(1j)",
             "math.floor(1j)", "abs(complex(1e308, 1e308))", "1j / 0", "0j ** -1", "0j ** 1j", "(1+1j) ** 1e300",
             "complex(1, 2) ** 2", "pow(1j, 2, 3)", "1j & 1", "~1j", "complex(10**400)", "(2 + 3j).__floordiv__(1)"]:
    try:
        print(expr, "->", repr(eval(expr, {"math": __import__("math")})))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
z = 2 + 3j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__truediv__(2), z.__rtruediv__(1))
print(z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__pos__(), z.__abs__(), z.__eq__(z), z.__ne__(1), z.__add__("x"))
print(z.__lt__(1j), z.__getnewargs__(), z.__format__(""), z.__format__(".2f"), z.__bool__())
print(sorted(x for x in dir(1j) if not x.startswith("_")))
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 3, (1 + 2j) ** -1, 1j ** 1j, (-1) ** 0.5, 4 ** 0.5j)
print(complex.__name__, type(1j).__mro__, isinstance(1j, complex), complex.__eq__(1j, 1j))
try:
    z.real = 3
except AttributeError as e:
    print(type(e).__name__, e)
class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(c, repr(c + 1), type(c.conjugate()).__name__, type(-c).__name__, c.real)
