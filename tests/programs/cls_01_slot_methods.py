# Slot methods of builtin types as attributes, builtin-subclass overrides, object.__new__ checks, metaclass descriptors.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))
    def __len__(self):
        return 42
l = L([1, 2, 3])
print(l[0], len(l), l, repr(l), str(l))
class D(dict):
    pass
d = D(a=1)
print(d, repr(d), d["a"], len(d))
class E(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __repr__(self):
        return "E" + super().__repr__()
e = E(x=2)
print(e["x"], e)
print(int.__add__(3, 4), int.__add__(3, "x"), int.__radd__(3, 4), float.__mul__(2.0, 3), int.__abs__(-5), float.__abs__(-2.5))
print(list.__getitem__([1,2], 1), list.__len__([1]), (5).__class__, int.__neg__(5), int.__lt__(1, 2))
m = [1, 2]; m.__setitem__(0, 9); print(m)
class S:
    __slots__ = ("a",)
print(S.a, type(S.a))
f = lambda x: x
print(f.__get__(5)(), staticmethod(f)(3), classmethod(f).__func__ is f)
class P:
    def __setattr__(self, k, v):
        print("set", k)
        object.__setattr__(self, k, v)
    def __getattribute__(self, k):
        return object.__getattribute__(self, k)
p = P(); p.x = 1; print(p.x)
class N:
    def __new__(cls, *a):
        o = super().__new__(cls)
        return o
    def __init__(self, v): self.v = v
print(N(3).v)
try:
    object.__new__(int)
except TypeError as e: print(e)
try:
    int.__new__(N)
except TypeError as e: print(e)
print(object.__new__(N).__class__.__name__)
class B:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
        super().__init_subclass__()
class C(B, flag=True): pass
print(B.__subclasses__(), int.__subclasses__() if False else "")
print(type.__call__(C).__class__.__name__)
class Desc:
    def __get__(self, o, t): return "meta-desc"
    def __set__(self, o, v): pass
class MM(type):
    d = Desc()
class Q(metaclass=MM):
    d = 5
print(Q.d)
