# __class__ and __dict__ assignment with CPython's compatibility checks.
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.hi(), a.x, isinstance(a, B), isinstance(a, A))
class S(A):
    __slots__ = ("q",)
try:
    a.__class__ = S
except TypeError as e: print(e)
try:
    a.__class__ = 5
except TypeError as e: print(e)
class L(list): pass
class M(list): pass
l = L([1])
l.__class__ = M
print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e: print(e)
try:
    l.__class__ = list
except TypeError as e: print(e)
class P(int): pass
class Q(int): pass
p = P(3)
try:
    p.__class__ = Q
except TypeError as e: print(e)
class F(float): pass
class G(float): pass
f = F(1.5); f.__class__ = G; print(type(f).__name__, f + 1)
a.__dict__ = {"y": 2}
print(a.y, hasattr(a, "x"), a.__dict__)
class Base:
    kind = "base"
    def who(self):
        return "I am " + type(self).__name__
class Derived(Base):
    kind = "derived"
obj = Base()
print(obj.who(), obj.kind)
obj.__class__ = Derived
print(obj.who(), obj.kind, obj.__class__ is Derived)
setattr(obj, "__class__", Base)
print(obj.who(), type(obj) is Base)
for target in (int, object, Base):
    try:
        (7).__class__ = target
    except TypeError as e:
        print("TypeError", e)
try:
    "s".__class__ = Base
except TypeError as e:
    print("TypeError", e)
try:
    obj.__class__ = object
except TypeError as e:
    print("TypeError", e)
class WithSlots:
    __slots__ = ("a",)
class OtherSlots:
    __slots__ = ("a",)
w = WithSlots()
w.a = 1
w.__class__ = OtherSlots
print(type(w).__name__, w.a)
try:
    w.__class__ = Base
except TypeError as e:
    print("TypeError", e)
try:
    obj.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)
class Renamed:
    pass
Renamed.__name__ = "NewName"
Renamed.__qualname__ = "Outer.NewName"
print(Renamed.__name__, Renamed.__qualname__, repr(Renamed), type(Renamed()).__name__)
for bad in (5, None):
    try:
        Renamed.__name__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    Renamed.__name__ = "a\0b"
except ValueError as e:
    print("ValueError", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)
