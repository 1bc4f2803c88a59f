# In-place operators, fallback to binary ops, NotImplemented chains and the reflected-subclass rule.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return None
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)
class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyBinary(self.v + o)
    def __repr__(self):
        return "OB(%r)" % self.v
b = OnlyBinary(1)
b2 = b
b += 1
print(b, b2, b is b2)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
class Left:
    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented
class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right handled"
print(Left() + Right())
class Base:
    def __mul__(self, o):
        return "Base.mul"
    def __rmul__(self, o):
        return "Base.rmul"
class Derived(Base):
    def __rmul__(self, o):
        return "Derived.rmul"
print(Base() * Derived(), Derived() * Base())
class Derived2(Base):
    pass
print(Base() * Derived2())
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v < o.v
print(Num(1) == Num(1), Num(1) == 1, Num(1) != 1, Num(1) < Num(2), Num(2) > Num(1))
try:
    Num(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) <= Num(2)
except TypeError as e:
    print(type(e).__name__, e)
for expr in ["x += 'a'", "x -= 1", "x |= 2", "x @= 1", "x **= None"]:
    ns = {"x": [1]}
    try:
        exec(expr, ns)
        print(expr, ns["x"])
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
d = {"a": 1}
d |= {"b": 2}
print(d)
s = {1}
s |= {2}; s &= {2, 3}; s ^= {4}; s -= {4}
print(s)
x = 5
x **= 2
x -= 5
x /= 4
print(x)
