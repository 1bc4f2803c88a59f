# f-strings: nested fields, conversions !r/!s/!a, = specifier, format specs, escapes.
name, value, width, prec = "pi", 3.14159265, 10, 3
print(f"{name}={value:.{prec}f}|{value:{width}.{prec}}|{name!r:>{width}}")
print(f"{name!r} {name!s} {'é'!a} {'é'!r}")
x = 42
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x*2=}", f"{name=!s}", f"{value=:.2f}")
print(f"{{literal}} {{{x}}} {'}'}")
items = [1, 2, 3]
d = {"key": "val"}
print(f"{items[0]} {items[-1]} {d['key']} {len(items)} {items!r}")
print(f"{'nested ' + f'{x:03d}'}")
print(f"{x:#x} {x:#o} {x:#b} {x:,} {1234567.891:,.2f} {0.25:.1%} {x:+} {-x: }")
print(f"{'left':<8}|{'right':>8}|{'center':^10}|{'fill':*^10}")
print(f"{3.0:g} {1e20:g} {1.5e-7:g} {123456789:e} {0.1 + 0.2!r}")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p:custom} {p!r} {p!s} {p!a}", f"{p=}", f"{p=:xyz}")
print(f"{'a' if x > 40 else 'b'}", f"{(lambda: 'lam')()}", f"{[i for i in range(3)]}")
print(f"multi {x} "
      f"line {name}")
print(f"""triple {x}
second line {name!r}""")
print(rf"raw \n {x}", fr"{name}\t")
print(f"{x:{'>'}{width}}", f"{value:{width}.{prec}e}")
for src in ['f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', "f'{a b}'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
try:
    f"{x:abc}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{None} {True:>5} {False!r} {1+2j if False else 'c'}")
print(f"{x!r:^7}|{'ab'!r:5}|")
print(f"{3:{'0'}{'5'}}")
print(f"{chr(9)!r}")
