# complex repr/str/format, match patterns with complex literals, math rejecting complex, int()/float() of complex.
import math
nan, inf = float("nan"), float("inf")
for z in [1 + 2j, 2j, -2j, 0j, -0j, complex(-0.0, 0), complex(-0.0, -0.0), complex(0, -0.0), complex(nan, inf), complex(inf, -nan),
          complex(1, nan), 1e300j, 1e300j * 1e300, complex(1.0, 1e-20), complex(1e20, 1), complex(1e16, 1e16), -(1 + 1j),
          complex(0.1, 0.2), 1.5 + 2.25j, complex(123456789012345678, 1), complex(1e-7, -1e-7), complex(100, 0)]:
    print(repr(z), str(z), "%s %r" % (z, z), f"{z} {z!r} {z!s}", [z], (z,))
z = 3 + 4j
for spec in ["", ".2f", "+.2f", ".3", "g", ".1e", "E", ">12", "<12", "^12", "*^14.1f", " .1f", "12.3g", ",.1f", "n", "F"]:
    print(repr(spec), repr(format(z, spec)), repr(format(2j, spec)), repr(format(-0.0 + 1.5j, spec)), repr(format(complex(nan, -inf), spec)))
for spec in ["=10", "010", "d", "x", "%", "s", "c", "b", "++"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print("{:>12}|{:.1f}|{!r:>10}".format(1 - 1j, 1.5 + 2.25j, 2j), f"{1.5 + 2.25j:.1f}")

def kind(v):
    match v:
        case 0j:
            return "zero"
        case 1 + 2j:
            return "one-two"
        case -1 - 1j:
            return "minus"
        case 2j | -2j:
            return "pm 2j"
        case 3.0 - 0j:
            return "three"
        case complex(real=r, imag=i) if i > 10:
            return "big imag %s" % r
        case complex():
            return "other complex"
        case _:
            return "not complex"
for v in [0, 0j, 1 + 2j, complex(1, 2.0), -1 - 1j, 2j, -2j, 3, 3.0, 3 + 0j, 1 + 20j, 5j, "1+2j", None]:
    print(repr(v), kind(v))

for f in [math.sqrt, math.floor, math.exp, math.isnan, math.fabs]:
    try:
        f(1j)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
for f in [int, float, round]:
    try:
        f(1 + 2j)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(complex.__name__, type(complex), complex(1, 2).__getnewargs__(), (1 + 2j).__abs__(), (1j).__add__(2), (1j).__rsub__(2), (1j).__mul__("x"))
print(complex.conjugate(2 - 3j), complex.__repr__(5j), repr(complex), 1j.__class__ is complex)
