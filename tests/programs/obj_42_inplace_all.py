# Every augmented assignment: __i*__ methods, fallback to binary and reflected, identity.
OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
NAMES = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
class InPlace:
    def __init__(self):
        self.log = []
for n in NAMES:
    def method(self, other, n=n):
        self.log.append(n)
        return self
    setattr(InPlace, "__i%s__" % n, method)
x = InPlace()
orig = x
for op in OPS:
    exec("x %s 1" % op)
print(x is orig, x.log)
class BinaryOnly:
    def __init__(self, v):
        self.v = v
for n in NAMES:
    setattr(BinaryOnly, "__%s__" % n, (lambda n: lambda self, o: BinaryOnly(n))(n))
y = BinaryOnly(0)
first = y
for op in OPS:
    exec("y %s 1" % op)
    print(op, y.v, y is first)
class ReflectedOnly:
    def __init__(self):
        pass
for n in NAMES:
    setattr(ReflectedOnly, "__r%s__" % n, (lambda n: lambda self, o: "r" + n)(n))
for op in OPS:
    z = 3
    ns = {"z": z, "R": ReflectedOnly()}
    exec("z %s R" % op, ns)
    print(op, ns["z"])
class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
n = NotImpl()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = a
a += "xy"
print(a, b is a)
t = (1,)
u = t
t *= 2
print(t, u, t is u)
s = {1, 2}
s2 = s
s |= {3}
s &= {1, 3}
s -= {1}
s ^= {9}
print(sorted(s), s is s2)
d = {"a": 1}
d2 = d
d |= {"b": 2}
print(d, d is d2)
i = 10
i **= 3
i //= 7
i %= 100
i <<= 2
i >>= 1
i ^= 5
i |= 64
i &= 0x7f
print(i)
f = 1.5
f /= 4
f **= 2
print(f)
for bad in ["q = None; q += 1", "q = 'a'; q -= 'b'", "q = []; q *= 1.5", "q = {}; q |= 1"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError:", e)
