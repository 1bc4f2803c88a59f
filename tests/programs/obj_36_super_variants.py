# super(): zero-arg forms in methods, classmethods and __new__; two-arg forms; errors.
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make(%s)" % cls.__name__
    @staticmethod
    def util():
        return "Base.util"
    def __repr__(self):
        return "<%s>" % type(self).__name__
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super().greet()
    def skip(self):
        return super(Mid, self).greet()
    def util_via_super(self):
        return super().util()
l = Leaf()
print(l.greet(), l.skip(), Leaf.make(), l.util_via_super())
print(super(Leaf, l).greet(), super(Mid, Leaf).make())
s = super(Leaf, l)
print(s.__thisclass__.__name__, s.__self__ is l, s.__self_class__.__name__)
print(repr(super(Leaf, l)).startswith("<super: <class 'Leaf'>, <Leaf object>>"))
u = super(Leaf)
print(u.__self__, u.__thisclass__.__name__)
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Leaf, Base()).greet()
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, l)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
w = WithNew(1, 2)
print(w.args)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
class Attr(Base):
    value = "Attr.value"
class AttrChild(Attr):
    value = "child"
    def parent_value(self):
        return super().value
print(AttrChild().parent_value())
try:
    super(AttrChild, AttrChild()).missing
except AttributeError as e:
    print("AttributeError:", e)
class Lam(Base):
    f = lambda self: super().greet() if False else "lambda ok"
print(Lam().f())
