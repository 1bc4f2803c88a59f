# Every binary arithmetic dunder with its reflected form on a user class.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
def make(name):
    def fwd(self, other):
        o = other.v if isinstance(other, V) else other
        return ("%s" % name, self.v, o)
    def rev(self, other):
        return ("r%s" % name, other, self.v)
    return fwd, rev
for name in ops:
    fwd, rev = make(name)
    setattr(V, "__%s__" % name, fwd)
    setattr(V, "__r%s__" % name, rev)
a = V(7)
print(a + 1, 1 + a)
print(a - 2, 2 - a)
print(a * 3, 3 * a)
print(a / 4, 4 / a)
print(a // 5, 5 // a)
print(a % 6, 6 % a)
print(a ** 2, 2 ** a)
print(a << 1, 1 << a)
print(a >> 1, 1 >> a)
print(a & 1, 1 & a)
print(a | 1, 1 | a)
print(a ^ 1, 1 ^ a)
print(a @ 1, 1 @ a)
print(divmod(a, 3), divmod(3, a))
print(a + V(1), V(1) * a)
print(pow(a, 2), pow(2, a))
class Mod:
    def __pow__(self, other, mod=None):
        return ("pow3", other, mod)
print(pow(Mod(), 2, 5), Mod() ** 3)
try:
    pow(2, Mod(), 5)
except TypeError as e:
    print(type(e).__name__, e)
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __abs__(self):
        return "abs"
u = U()
print(-u, +u, ~u, abs(u))
for expr in ["object() + 1", "1 - object()", "[] * 1.5", "'a' - 'b'", "-'x'", "~1.5", "abs('x')", "{} | []",
             "None @ None", "3 % 'x'", "divmod('a', 2)", "2 ** 'x'", "pow(2, 3, 1.5)"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
class Sub(V):
    def __radd__(self, other):
        return ("Sub.radd wins", other)
print(V(1) + Sub(2))
class NotImpl:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    NotImpl() + NotImpl()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + True, True + True, 3 * "ab", [0] * 3, 2.5 * 2, 7 // 2.0, -7 // 2, -7 % 3, 7 % -3)
