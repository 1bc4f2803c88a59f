# In-place operators: __iadd__ first, then __add__/__radd__; None results;
# NotImplemented from __iadd__.
class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        print("  __iadd__")
        if not isinstance(other, (list, Acc)):
            return NotImplemented
        self.items += other.items if isinstance(other, Acc) else other
        return self

    def __add__(self, other):
        print("  __add__")
        if isinstance(other, tuple):
            return Acc(self.items + list(other))
        return NotImplemented

    def __repr__(self):
        return f"Acc({self.items})"


a = Acc([1])
keep = a
a += [2]
print(a, a is keep)
a += (3,)
print(a, a is keep)
try:
    a += 5
except TypeError as e:
    print("TypeError:", e)


class ForgotReturn:
    def __iadd__(self, other):
        self.last = other


f = ForgotReturn()
f += 1
print(f)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return OnlyAdd(self.n + other)


o = OnlyAdd(1)
before = o
o += 4
print(o.n, o is before, before.n)


class Rhs:
    def __radd__(self, other):
        return "radd used"

    def __rsub__(self, other):
        return NotImplemented


x = 5
x += Rhs()
print(x)
y = 5
try:
    y -= Rhs()
except TypeError as e:
    print("TypeError:", e)

# Every in-place operator's message.
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    ns = {"v": [1]}
    try:
        exec(f"v {op} object()", ns)
    except TypeError as e:
        print(op, e)

# Lists extend in place from any iterable; tuples and strings rebind.
l = [1]
alias = l
l += (2, 3)
l += "ab"
print(l, alias is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
try:
    l2 = [1]
    l2 = l2 + (2,)
except TypeError as e:
    print("TypeError:", e)

# In-place on an attribute and a subscript evaluates the target once.
class Obj:
    def __init__(self):
        self.gets = 0
        self._v = 1

    @property
    def v(self):
        self.gets += 1
        return self._v

    @v.setter
    def v(self, val):
        self._v = val


ob = Obj()
ob.v += 10
print(ob.v, ob.gets)


class Store(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)


s = Store(a=1)
s["a"] += 1
print(s)
