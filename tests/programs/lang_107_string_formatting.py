# String formatting: f-strings, format specs, %-formatting and str.format.
rows = [("apple", 1.5, 10), ("banana", 0.25, 120), ("cherry", 12.0, 3)]
print(f"{'name':<10}|{'price':>8}|{'qty':^5}|")
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|")
print(f"{'':-^27}")
total = sum(p * q for _, p, q in rows)
print(f"total {total:,.3f} {total:e} {total:10.1%}")

n = 255
print(f"{n:b} {n:o} {n:x} {n:X} {n:#x} {n:#o} {n:#b} {n:08b} {n:+d} {-n: d}")
print(f"{1234567:,} {1234567:_} {0xdeadbeef:_x} {12.5:010.3f} {-3:05d}")
print(f"{3.14159:.3} {1e-7:g} {1e20:g} {123456789.0:.3e} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
width, prec = 12, 4
print(f"[{3.14159265:{width}.{prec}f}] [{'x':*>{width}}]")
val = 42
print(f"{val=} {val * 2 = } {'s'!r} {'é'!a} {rows[0][0]!s:>8}")
print(f"{{literal}} {val:{'>' if val > 10 else '<'}6}")
nested = {"k": [1, 2, {"deep": "yes"}]}
print(f"{nested['k'][2]['deep']} {len(nested)}")

print("%s is %d years, %.1f m, %5s|%-5s|" % ("Ann", 30, 1.756, "r", "l"))
print("%(a)s-%(b)03d %% %c %r %x %o %e" % {"a": "A", "b": 7} if False else "%c %r %x %o" % (65, "q", 255, 8))
print("%(a)s-%(b)03d %%" % {"a": "A", "b": 7})
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"))
print("{name:>6}|{0:<4}|{x[1]}|{o.real}".format(9, name="nm", x=[5, 6], o=3 + 4j))
print("{:^9}|{:=+8}|{!r:>6}".format("mid", -12, "r"))

class P:
    def __format__(self, spec):
        return f"P<{spec}>"

    def __repr__(self):
        return "P()"

    def __str__(self):
        return "p-str"


p = P()
print(f"{p} {p:abc} {p!r} {p!s}", format(p, "z"), "{:q}".format(p))

errors = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("a",),
    lambda: "%s" % ("a", "b"),
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: format(1.5, "d"),
    lambda: f"{'abc':d}",
    lambda: "{x}".format(y=1),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("tab\there".expandtabs(4), "centered".center(14, "."), "x".zfill(4), "-5".zfill(4))
