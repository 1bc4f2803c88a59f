# __repr__/__str__/__format__ with format specs in f-strings and format().
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.cur}"

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        amount = self.cents / 100
        return format(amount, spec) + " " + self.cur


m = Money(123456)
print(m)
print(repr(m))
print(f"{m}")
print(f"{m!r}")
print(f"{m!s:>20}|")
print(f"{m:,.2f}")
print(f"{m:>12.1f}")
print(f"{m:c}")
print(f"{m:_c}")
print(format(m, "10.3f"))
print("{0} and {0!r} and {0:.0f}".format(m))
print("{:>8c}".format(Money(5)))
print([m, Money(1, "USD")])
print(str([m]))


class NoFormat:
    def __repr__(self):
        return "<NoFormat>"


print(format(NoFormat()))
print(f"{NoFormat()}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class StrOnly:
    def __str__(self):
        return "stronly"


print(str(StrOnly()), format(StrOnly()), f"{StrOnly():>10}" if False else "skip")


class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1] or "g") + "°C"
        return super().__format__(spec)


t = Temp(21.456)
print(f"{t:.1C}", f"{t:.2f}", f"{t:C}", f"{t}")
print("%s %r %.1f" % (m, m, 2.25))
