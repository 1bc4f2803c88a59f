# complex(): construction from strings, numbers and other complexes, and its error messages.
for s in ["1", "1j", "-1j", "+1.5-2.5j", " (3+4j) ", "(1)", "1e3j", "-1E-3-2e+3j", "inf", "-infj", "nan+nanj", "1_0+2_0j",
          "j", "-j", "+j", "0j", "  2.5J  ", "1+j", "1-j", ".5j", "1.j"]:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "->", type(e).__name__, e)
for s in ["", "1+", "1+2", "(1+2j", "1+2j)", "1j+2", "1 + 2j", "jj", "1+2i", "()", "1__2j", "( 1+2j )x", "1+2jj"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(-0.0, -0.0))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(2 ** 64, -(2 ** 64)))
for args in [("1", 2), (1, "2"), (None,), ([],), ("1j", "1j"), (1, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
class A:
    def __complex__(self):
        return 5j
class B:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 5
print(complex(A()), complex(B()), complex(I()), complex(B(), B()), complex(1, I()))
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for v in [1 + 2j, -0.0 - 0j, complex(0.0, -0.0), 1e20j, 1.5e-10 + 1e16j, complex(float("nan"), float("inf")), complex(-1, float("-inf"))]:
    print(repr(v), complex(repr(v)) == v or repr(v))
