# f-strings: width/alignment/fill, precision, thousands separators, zero padding, signs, !r/!s, nesting.
x = 3.14159265
n = 1234567
s = "py"
print(f"{x}|{x:.3f}|{x:10.2f}|{x:<10.1f}|{x:^10.4f}|{x:e}|{x:.2e}|{x:g}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:+d}|{-n:d}|{n:x}|{n:X}|{n:o}|{n:b}")
print(f"{42:05d}|{-42:05d}|{42:<5d}|{42:^7d}|{42:*^7}|{42:#x}|{42:#o}|{42:#b}|{255:08b}")
print(f"{s:>8}|{s:<8}|{s:^8}|{s:-^9}|{s:.1}|{s!r}|{s!s}|{'q'!r:>6}")
print(f"{0.5:.0%}|{0.1234:.1%}|{1/3:.10f}|{2.5:.0f}|{3.5:.0f}|{1e6:,.2f}|{-0.0:.1f}")
print(f"{True}|{None}|{[1, 2]}|{(1, 'a')}|{ {'k': 1} }|{x!r}")
w = 10
p = 3
print(f"[{x:{w}.{p}f}]", f"[{s:>{w}}]", f"[{n:{'>'}{w},}]")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
print(f"{'item':<12}{'price':>8}{'qty':>5}{'total':>9}")
for name, price, qty in items:
    print(f"{name:<12}{price:>8.2f}{qty:>5}{price * qty:>9.2f}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<25}{total:>9.2f}")
a, b = 7, 3
print(f"{a} + {b} = {a + b}; {a}/{b} = {a / b:.4f}; {a}**{b} = {a ** b}")
print(f"{'nested ' + s.upper()}", f"{len(items)} items", f"{items[0][0]!r}", f"{a if a > b else b}")
print(f"{{braces}} {{{a}}}", f"{'a' 'b'}", f"{a:3}{b:3}", f"{-7:4}|{7:<4}|")
print(f"{12.0}|{12.0:g}|{1e20:g}|{1.5e-7:g}|{123456789.0:g}|{0.0001:g}")
print(f"{1234.5:10,.1f}|{-1234.5:+,.2f}|{1234:+}|{-1234: }|{1234: }")
for v in [0, 1, -1, 255, 65535]:
    print(f"{v:>6}{v:>8x}{v:>18b}{v:>8o}")
print(f"{'%'}|{3:>3}%|{2**64:,}|{10**20:.3e}")
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
pp = P("z")
print(f"{pp}|{pp!r}|{pp!s}|{[pp]}", str(pp), repr(pp))
