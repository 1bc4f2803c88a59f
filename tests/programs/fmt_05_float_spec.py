# Format mini-language for float: e/E/f/F/g/G/%/n/none, precision, alternate form, zero padding, signs, inf/nan, grouping.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-5, 1.5e-7, 1e16, 1.7976931348623157e308, 5e-324, 0.5, 2.5,
        123456789.0, 100.0, float("inf"), float("-inf"), float("nan")]
specs = ["", "e", "E", ".3e", "f", "F", ".0f", ".2f", "#.0f", "g", "G", ".3g", "#g", "#.3g", ".10g", "%", ".1%", "+.2f", " .2f",
         "010.2f", "-^12.3f", ",.2f", "_.3f", ",", "#", ".0e", "#.0e", ".17g", "12", "<12", "=+12.1f", "n", ".1", ".0", "r" if False else "g"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(f"{1/3:.50f}", f"{2**0.5:.30e}", f"{1e100:.0f}", f"{0.1:.25g}", f"{123.456:.1g}", f"{9.99:.1f}", f"{9.95:.1f}", f"{0.125:.2f}")
print(f"{1e-4:g}", f"{1e-5:g}", f"{1e15:g}", f"{1e16:g}", f"{123456.0:g}", f"{1234567.0:g}", f"{0.0001:.2}", f"{1e22:}")
for s in ["c", "d", "x", "b", ",.2e,", ".2s", "=", "z"]:
    try:
        print(s, repr(format(1.5, s)))
    except ValueError as e:
        print(s, type(e).__name__, e)
print(format(1.5, "z") if False else "", f"{-0.0:z.1f}" if False else "no z in 3.11? check", "{:.3}".format(2.0), "{:.3}".format(2.0 + 0j))
print("{:+}".format(float("nan")), "{:010}".format(float("-inf")), "{:>8.3%}".format(float("inf")), "{:#.2g}".format(100.0))
