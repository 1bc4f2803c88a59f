# __format__, __str__, __repr__ and how format()/f-strings/str.format use them.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or not spec:
            return format(self.c, (spec[:-1] if spec else "") + "f") + "°C"
        raise ValueError(f"bad spec {spec!r}")

    def __str__(self):
        return f"{self.c} degrees"

    def __repr__(self):
        return f"Temp({self.c!r})"


t = Temp(21.5)
print(format(t), format(t, ".1F"), f"{t:.0C}", "{:.2F}".format(t))
print(f"{t!s}", f"{t!r}", str(t), repr(t), "%s %r" % (t, t))
print(f"{t=}", f"{t = !s}", f"{t=:.1F}")
try:
    f"{t:xyz}"
except ValueError as e:
    print("ValueError:", e)


class Plain:
    def __repr__(self):
        return "<Plain>"


print(format(Plain()), f"{Plain()}", "{0!r:>10}|".format(Plain()))
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 1


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


# str() falls back to __repr__; print uses str.
class OnlyRepr:
    def __repr__(self):
        return "only-repr"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}")


# Subclasses of builtins: __format__ inherited from int/float/str.
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")


print(f"{Money(3.14159)}", f"{Money(2):>8.1f}", format(Money(1)), str(Money(1.5)))


class Label(str):
    def __str__(self):
        return "label:" + self


print(Label("x"), f"{Label('y')}", "{}".format(Label("z")), format(Label("w"), ">4"))
# nested format specs and conversions
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", "{:{}.{}}|".format("abcdef", 8, 2), f"{'x'!r:^7}|")
print(format(1234567, ","), format(0.5, "%"), format(255, "#x"), format(-3, "+d"), format("s", "*^5"))
