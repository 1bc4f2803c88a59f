# Format mini-language for complex numbers and the format errors of number types.
zs = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.25j, complex(1e20, 1e-20), complex(-0.0, -0.0), complex(float("inf"), float("nan")), 3.0 + 0j]
specs = ["", "g", ".2f", "e", ".3e", "^20", "<18.2f", "+", " .1f", "*>22.3g", "G", "F", ".0f", "#.0f", "10", ".1", "_.2f", ","]
for z in zs:
    print(repr(z), [format(z, s) for s in specs])
for s in ["%", "=10", "010", "d", "x", "c", "s", "n"]:
    try:
        print(s, repr(format(1 + 2j, s)))
    except ValueError as e:
        print(s, type(e).__name__, e)
print(f"{1+2j:>15}|{3-4j!r:^12}|{complex(1, 1):.3f}", "{0.real:.1f}+{0.imag:.1f}i".format(2.5 + 3.5j))
for v, s in [(1, "q"), (1.0, "q"), (1, "Z"), (1.5, "y"), (10, ".-1f"), (1, "99999999999999999999d"), (1.0, ".99999999999999999999f"), (1, "<>5")]:
    try:
        print(repr(format(v, s)))
    except ValueError as e:
        print(repr(v), s, type(e).__name__, e)
