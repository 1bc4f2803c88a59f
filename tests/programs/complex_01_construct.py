# complex(): literals, numbers, strings (CPython's grammar), __complex__/__float__/__index__, errors.
print(2j, 1.5e3J, 0j, 1e300j, -2j, 0.5j, type(2j).__name__, isinstance(3j, complex), isinstance(3, complex))
print(complex(), complex(1), complex(1.5), complex(True), complex(2, 3), complex(2.5, -1), complex(real=1, imag=2), complex(imag=3))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(10 ** 20, 1))
for s in ["1+2j", " 3-4j ", "j", "-j", "+j", "1+j", "1-j", "-1.5e2j", "(1+2j)", " ( 1+2j ) ", "1e5J", "infj", "-inf+nanj",
          "nan", "1_000+2_0j", "\u0661+2j", "5", "  7.25  ", "1.5_5j", ".5j", "5.j", "1e-3-1e-3j", "INFINITY-Infinityj"]:
    print(repr(s), complex(s))
for bad in ["1+", "abc", "1 + 2j", "(1+2j", "1+2j)", "", " ", "1e", "1__2j", "_1j", "1j2", "()", "1+2", "j+1", "1+2jj", "1\x002j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,), ({},), ("1", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, type(e).__name__, e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class WithComplex:
    def __complex__(self):
        return 5 - 1j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 1.5
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()), complex(1, WithFloat()))
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(object())
except TypeError as e:
    print(type(e).__name__, e)
z = 3 + 4j
print(complex(z) is z, z.real, z.imag, (2j).real, type((2j).imag).__name__, z.conjugate(), (1.5).conjugate(), (3).imag, (3.0).real)
print((5).real, True.imag, (10 ** 30).imag)
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, isinstance(m, complex), m == 1 + 2j, complex(m), type(complex(m)).__name__)
print(complex.real, complex.imag, "real" in dir(z), "conjugate" in dir(z))
for stmt in ["z.real = 5", "z.imag = 5", "z.foo = 5", "del z.real"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", type(e).__name__, e)
