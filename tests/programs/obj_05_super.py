# super() forms: zero-arg, two-arg, in classmethods/staticmethods/properties, unbound super, errors.
class Base:
    def greet(self):
        return "Base.greet(%s)" % type(self).__name__
    @classmethod
    def create(cls):
        return "Base.create(%s)" % cls.__name__
    @property
    def prop(self):
        return "base-prop"
    def __repr__(self):
        return "Base-repr"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
    @property
    def prop(self):
        return "mid+" + super().prop
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Mid, self).greet()
    def explicit(self):
        return super(Leaf, self).greet()
    def __repr__(self):
        return "Leaf(" + super().__repr__() + ")"
l = Leaf()
print(l.greet(), l.explicit(), Leaf.create(), l.prop, repr(l))
print(super(Leaf, l).greet(), super(Mid, Leaf).create())
s = super(Leaf, l)
print(type(s).__name__, s.__self__ is l, s.__thisclass__.__name__, s.__self_class__.__name__)
class Init:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
class InitChild(Init):
    def __init__(self, *args, extra=None, **kw):
        super().__init__(*args, **kw)
        self.extra = extra
ic = InitChild(1, b=2, extra="x")
print(ic.a, ic.b, ic.extra)
def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoArgs:
    @staticmethod
    def s():
        return super().__repr__()
try:
    NoArgs.s()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(Leaf, Base()).greet()
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    def upper(self):
        return "custom:" + super().upper()
    def __len__(self):
        return super().__len__() * 10
ss = StrSub("abc")
print(ss.upper(), len(ss), ss + "d", type(ss + "d").__name__)
class ListSub(list):
    def append(self, v):
        super().append(v * 2)
ls = ListSub([1])
ls.append(5)
print(ls, len(ls), type(ls).__name__, isinstance(ls, list))
class DictSub(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __missing__(self, k):
        return "missing:" + k
ds = DictSub()
ds["KEY"] = 1
print(ds, ds["other"], ds.get("other"))
class Lazy:
    def method(self):
        inner = lambda: super(Lazy, self).__str__
        return type(inner()).__name__
print(Lazy().method())
class A:
    def f(self):
        return ["A"]
class B(A):
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
print(D().f(), super(B, D()).f())
class Attr(Base):
    def __getattr__(self, name):
        return "dyn-" + name
print(Attr().anything, super(Attr, Attr()).greet())
