# f-strings: format specs, nested fields, conversions, = specifier, escapes.
name = "World"
width = 10
value = 3.14159
items = [1, 2, 3]
d = {"key": "val"}
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}] [{name:*^{width}}]")
print(f"{value:.2f} {value:10.3f} {value:+.1e} {value:%}")
print(f"{255:x} {255:#X} {255:o} {255:#b} {255:08d} {1234567:,} {1234567:_}")
print(f"{value=}, {name = }, {1 + 1 = }, {items[0]=!r}")
print(f"{value=:.1f} {name=!s}")
print(f"{d['key']} {items[-1]} {len(items)}")
print(f"{{literal braces}} {{{name}}}")
print(f"{'nested ' + f'{name.lower()}'}")
print(f"{3 if value > 3 else 0} {[x * 2 for x in items]} {(lambda: 'lam')()}")
print(f"{name:{'>' if True else '<'}{width}}")
prec = 3
print(f"{value:.{prec}f} {value:{width}.{prec}}")
print(f"multi"
      f"part {name}"
      " plain")
print(f"""triple {
    name
} quoted""")
print(rf"raw \n {name}", fr"\t{width}")
print(f"{'quote' + chr(34)} {chr(65)}")
class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
    def __repr__(self):
        return "Fmt-repr"
    def __str__(self):
        return "Fmt-str"
f = Fmt()
print(f"{f} {f:xyz} {f!r} {f!s} {f!r:>12}")
import math
print(f"{math.pi:.3} {-0.0:+} {1e100:.2g} {float('inf')} {float('nan'):>5}")
print(f"{True:d} {False!s:>6} {None}")
print(f"{12:c}" if False else f"{65:c}")
print(f"{'left':<6}|{'right':>6}|")
print(f"{-42:=+8} {42:+} {42: }")
print(f"{'%s' % 'percent inside'}")
print(f"{3.0:g} {100000000.0:g} {0.00001:g}")
n = 5
print(f"{n:{'0'}{'5'}}")
for bad in ['f"{}"', 'f"{x!z}"', 'f"{"', 'f"}"', 'f"{a b}"']:
    try:
        compile(bad, "<f>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    f"{value:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
print(f"{'a' 'b'}", f"{(1, 2)}", f"{ {1: 2}[1] }")
print(f"{name}" == "World", type(f"").__name__, len(f"{'x' * 3}"))
