# f-strings: nested format specs, `=` self-documenting, conversions, quotes and escapes.
width, prec = 12, 3
value = 3.14159265
name = "ferropy"
items = [1, 22, 333]
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}.{prec}e}]", f"[{name:^{width}}]", f"[{name:*<{width - 2}}]")
print(f"{value=}", f"{value = :.2f}", f"{name=!r}", f"{name = !s:>10}")
print(f"{items[1]=}", f"{len(items)=}", f"{items[-1] * 2 = }")
print(f"{'nested ' + name!r:>20}")
print(f"{{literal}} {{{name}}}")
print(f"{3 + 4j}", f"{-0.0}", f"{1e300 * 10}", f"{2 ** 70:,}", f"{1234567.891:_.2f}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:+#06x}")
print(f"{0.5:%} {0.125:.1%} {1/3:.3g} {123456789:e}")
print(f"{'x':{'>'}{5}}", f"{3.5:{'.'}{'2'}f}")
fmt = ">8"
print(f"{'dyn':{fmt}}|", f"{items!r:>15}|", f"{name!a}")
print(f"{'é'!a}", f"{'tab':\t>6}" if False else "skip")
d = {"key": "val", 1: "one"}
print(f"{d['key']}", f'{d["key"]}', f"{d[1]}")
print(f"{(lambda x: x * 2)(21)}", f"{[x for x in range(3)]}", f"{ {'a': 1}['a'] }")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", f"{m!r}", f"{m=}")
print(format(m, "short"), "{:short}".format(m), "{0!r:>12}".format(m))
multi = f"""line one {name}
line two {value:.1f}"""
print(multi)
print(f"{'a' if value > 3 else 'b'}", f"{value if value < 0 else -value:.1f}")
for bad in ["{value:{width}.{prec}z}", "{value!x}"]:
    try:
        print(eval("f" + repr(bad)))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
