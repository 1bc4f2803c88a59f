# complex arithmetic edge cases: division by zero, integer powers, mixed with int/float/bool and huge ints, signed zeros.
print((1 + 2j) + 1, 1 - (1 + 2j), 2 * (1 + 2j), (1 + 2j) * True, (1 + 2j) / 2, 2 / (1 + 1j), (3 + 4j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j))
print((0j) ** 0, (0j) ** 2, (1j) ** 2, (1j) ** 3, (1j) ** 4, (2 + 0j) ** 10, (1 + 1j) ** 8, (1 + 1j) ** -2, (1 + 1j) ** 0.5, (-1 + 0j) ** 0.5)
print(complex(-0.0, 0.0) * 1, -(0j), -complex(0.0, -0.0), 0j - 0j, (1 + 0j) * -0.0, complex(1, 2) == complex(1.0, 2.0))
print(abs(3 + 4j), abs(-5j), abs(complex(1e308, 1e308)) if False else "big abs", abs(complex(float("nan"), float("inf"))), abs(0j))
for expr in ["1j / 0", "1j / 0.0", "1j / 0j", "0j ** -1", "0j ** (1+1j)", "0j ** -1.5", "1j // 1j", "1j % 1j", "10**400 * 1j",
             "1j + 10**400", "(1+1j) ** (10**400)", "abs(complex(1e308, 1e308))", "complex(1e308, 1e308) * 10", "1j ** 10**20",
             "(2+0j) ** 1024", "(1e200j) ** 2", "1 / (1e-320j)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
z = 1 + 1j
z += 1; print(z)
z *= 1j; print(z)
z -= 2j; print(z)
z /= 2; print(z)
z **= 2; print(z)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3, 0j), [c.real for c in (1j, 2 + 0j)], sorted([3 + 0j, 1j], key=abs))
