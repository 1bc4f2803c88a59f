# f-strings with format specs, nested replacement fields, conversions, self-documenting expressions and number types.
import math
n, f, s, z, big = 1234567, 3.14159265, "text", 2 - 3j, 2**70
print(f"{n:,} {n:_} {n:>12,} {n:<+12} {n:^12x} {n:#o} {n:#b} {n:e} {n:.2%}")
print(f"{f:.3f} {f:10.4} {f:<10.2e} {f:+g} {f:%} {f!r} {f!s:>12} {f:_^15.5f} {-f:08.3f} {f:=+10.2f}")
print(f"{s:>8} {s:<8}| {s:^9} {s!r:>10} {s[::-1]} {s.upper():*^10} {s!a} {len(s):03}")
print(f"{z} {z:.2f} {z:>20} {z.real:g} {abs(z):.4f} {big:,} {big:x} {big:#_x} {-big:e}")
w, p = 12, 4
print(f"[{f:{w}.{p}f}] [{s:{'>' if w > 10 else '<'}{w}}] [{n:{',' if p else ''}}] [{math.pi:.{p}}] [{f:{w}}]")
print(f"{n=}", f"{f = :.2f}", f"{s=!r}", f"{s = }", f"{1 + 1 = }", f"{[x * 2 for x in range(3)]=}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{{{n}}}", f"{'a' 'b'}", f"{3:{'>'}{5}}", f"{'x'!r:^7}")
print(f"{True:d} {True!s} {False:>6} {None!r} {None} {print.__name__} {math.inf:.2f} {-math.inf:e} {math.nan:f}")
d = {"k": [1, 2, {"deep": "v"}]}
print(f"{d['k'][2]['deep']} {d['k'][-1]} {len(d)} {d!s:.10} {d['k']!r:>12}")
for spec in ["{x:d}", "{x:.2f}", "{x:,}", "{x:c}", "{x:b}"]:
    for x in [65, 6.5, "s"]:
        try:
            print(spec, repr(x), spec.format(x=x))
        except (ValueError, TypeError) as e:
            print(spec, repr(x), type(e).__name__, e)
print(f"{0.1 + 0.2}", f"{1e16}", f"{1e-5}", f"{123456789.123456789}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0}", f"{-0.0:.1f}", f"{1/3:.17g}")
