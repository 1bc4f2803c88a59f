# weakref.ref and weakref.proxy basics.
import weakref
import sys


class C:
    def __init__(self, n):
        self.n = n

    def method(self):
        return "method of %d" % self.n

    def __repr__(self):
        return "C(%d)" % self.n


print("-- ref")
c = C(1)
r = weakref.ref(c)
print(r() is c, r().n)
print(type(r) is weakref.ref, type(r) is weakref.ReferenceType)
print(r.__callback__)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
print(weakref.ref(c) is r)
r2 = weakref.ref(c, lambda wr: None)
print(r2 is r, r2 == r, weakref.getweakrefcount(c))
print(callable(r2.__callback__))
del c
print(r(), r2(), r == r2)
print(weakref.getweakrefcount(C(5)))

print("-- equality and hashing")
a = C(2)
b = C(2)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
e1 = Eq(7)
e2 = Eq(7)
w1 = weakref.ref(e1)
w2 = weakref.ref(e2)
print(w1 == w2, w1 != w2, hash(w1) == hash(7), hash(w1) == hash(w2))
print(weakref.ref(a) == weakref.ref(b))
h = hash(w1)
del e1
print(w1 == w2, w1 == w1, hash(w1) == h)
dead = weakref.ref(C(3))
try:
    hash(dead)
except TypeError as exc:
    print("TypeError:", exc)
print(w2 == 7, w2 != "x")

print("-- what can be weakly referenced")
def func():
    pass
def gen():
    yield 1
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyExc(Exception):
    pass
candidates = [
    ("int", 1), ("str", "s"), ("tuple", (1,)), ("list", [1]), ("dict", {}),
    ("float", 1.5), ("None", None), ("object", object()), ("bytes", b"x"),
    ("ValueError", ValueError()), ("range", range(3)),
    ("function", func), ("class", C), ("type", type), ("set", {1}),
    ("frozenset", frozenset()), ("generator", gen()), ("builtin", len),
    ("bound method", C(0).method), ("instance", C(0)), ("Slotted", Slotted()),
    ("SlottedWeak", SlottedWeak()), ("MyList", MyList()), ("MyDict", MyDict()),
    ("MyExc", MyExc()), ("ref", weakref.ref(func)),
]
for name, obj in candidates:
    try:
        weakref.ref(obj)
        print(name, "ok")
    except TypeError as exc:
        print(name, "TypeError:", exc)

print("-- a bound method dies at once")
m = weakref.ref(C(4).method)
print(m())

print("-- argument errors")
for args in [(), (C(0), None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    weakref.ref(C(0), callback=None)
except TypeError as exc:
    print("TypeError:", exc)
try:
    r(1)
except TypeError as exc:
    print("TypeError:", exc)

print("-- proxy")
c = C(10)
p = weakref.proxy(c)
print(p.n, p.method(), str(p), type(p) is weakref.ProxyType)
p.n = 11
print(c.n, p.n)
p.extra = "x"
print(c.extra)
del p.extra
print(hasattr(c, "extra"))
print(weakref.proxy(c) is p, weakref.getweakrefcount(c))
try:
    hash(p)
except TypeError as exc:
    print("TypeError:", exc)
try:
    weakref.ref(p)
except TypeError as exc:
    print("TypeError:", exc)
del c
try:
    p.n
except ReferenceError as exc:
    print("ReferenceError:", exc)
try:
    str(p)
except ReferenceError as exc:
    print("ReferenceError:", exc)

print("-- proxy operators")
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __radd__(self, o):
        return o + self.v
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * self.v
    def __iter__(self):
        return iter(range(self.v))
    def __bool__(self):
        return self.v > 0
    def __lt__(self, o):
        return self.v < o
    def __contains__(self, x):
        return x == self.v
num = Num(3)
pn = weakref.proxy(num)
print(pn + 1, 1 + pn, len(pn), pn[4], list(pn), bool(pn), pn < 5, 3 in pn)
lst = [1, 2]
pl = weakref.proxy(MyList([1, 2, 3]))
print(type(pl) is weakref.ProxyType)
def target(x, y=2):
    return x * y
pf = weakref.proxy(target)
print(type(pf) is weakref.CallableProxyType, pf(4), pf(4, y=3))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

print("-- ref subclass")
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name
    def __new__(cls, ob, callback=None, name="?"):
        return super().__new__(cls, ob, callback)
o = C(20)
nr = NamedRef(o, None, name="twenty")
print(nr.name, nr(), isinstance(nr, weakref.ref), nr is weakref.ref(o))
print(weakref.getweakrefcount(o))
del o
print(nr())

print("-- sys.getrefcount")
obj = C(30)
print(sys.getrefcount(obj))
holder = [obj, obj]
print(sys.getrefcount(obj))
wr = weakref.ref(obj)
print(sys.getrefcount(obj))
del holder
print(sys.getrefcount(obj))
