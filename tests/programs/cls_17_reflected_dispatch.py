# Binary operator dispatch: reflected methods, subclass priority,
# NotImplemented, and the error messages.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        if isinstance(other, Num):
            return type(self)(self.v + other.v)
        if isinstance(other, int):
            return type(self)(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        if isinstance(other, int):
            return type(self)(other + self.v)
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Sub(Num):
    def __radd__(self, other):
        print("  Sub.__radd__ (overridden)")
        return Sub(-1)


class SubNoOverride(Num):
    pass


print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(Num(1) + Sub(2))
print(Num(1) + SubNoOverride(2))
print(Sub(1) + Num(2))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __mul__(self, other):
        print("  Left.__mul__")
        return NotImplemented


class Right:
    def __rmul__(self, other):
        print("  Right.__rmul__")
        return "right handled"


print(Left() * Right())
try:
    Left() * Left()
except TypeError as e:
    print("TypeError:", e)

# Same type: the reflected method is not tried.
class Only:
    def __rsub__(self, other):
        return "rsub"


try:
    Only() - Only()
except TypeError as e:
    print("TypeError:", e)
print(1 - Only())

# A builtin subclass that overrides the reflected method wins.
class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"

    def __rpow__(self, other):
        return "rpow"


print(1 + MyInt(2), MyInt(2) + 1, 2 ** MyInt(3), pow(2, MyInt(3)))


class MyStr(str):
    def __rmod__(self, other):
        return "MyStr.__rmod__"


print("%s" % MyStr("x"))
# Messages for all operators.
for expr in ("[] - []", "{} + {}", "1 @ 2", "'a' * 'b'", "None < 1", "[] < ()", "1 // 'x'", "~'a'", "-[]", "abs('x')", "divmod('a', 1)", "1 << 1.0", "2 ** 'x'"):
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr}: {e}")
