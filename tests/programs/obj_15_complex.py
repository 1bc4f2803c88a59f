# complex numbers: literals, arithmetic, attributes, repr, complex() parsing, errors.
z = 3 + 4j
print(z, repr(z), type(z).__name__, z.real, z.imag, z.conjugate(), abs(z))
print(1j, -1j, 2j * 2j, 1j ** 2, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) - 1)
print(complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e2j"), complex(2), complex())
print(complex(1j, 1j), complex(1.5), complex("1"), complex(real=1, imag=2))
for bad in ["1+", "abc", "1 + 2j", "(1+2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1e300j * 1e300, complex(float("inf"), float("nan")))
print(z == 3 + 4j, z == complex(3, 4), 1 + 0j == 1, hash(1 + 0j) == hash(1), z != z.conjugate())
try:
    z < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(1j, 2), (2 + 0j) ** 0.5, 2 ** 1j, (1 + 1j) ** 3)
print(format(z, ".2f"), f"{1.5 + 2.25j:.1f}", format(1j, ""), "{:>12}".format(1 - 1j), f"{z!r}")
print(bool(0j), bool(1j), isinstance(1j, complex), complex.__name__)
print(sum([1j, 2, 3.5]), [1j, 2j][1].imag, (1 + 2j).__abs__() ** 2)
print(repr(complex(1.0, 1e-20)), repr(complex(1e20, 1)), repr(-(1 + 1j)), +z)
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
