# __slots__: weakref slot, __dict__ slot, inheritance mixes, member descriptors.
import weakref
class Plain:
    __slots__ = ("a", "b")
class WithWeak:
    __slots__ = ("a", "__weakref__")
class WithDict:
    __slots__ = ("a", "__dict__")
p = Plain()
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w)
print(r() is w)
d = WithDict()
d.a = 1
d.other = 2
print(d.a, d.__dict__)
print(type(Plain.a).__name__, Plain.a.__name__, Plain.a)
p.a = 10
print(Plain.a.__get__(p, Plain), Plain.a.__get__(None, Plain) is Plain.a)
Plain.b.__set__(p, 20)
print(p.b)
Plain.b.__delete__(p)
print(hasattr(p, "b"))
class Base:
    __slots__ = ("x",)
class Derived(Base):
    __slots__ = ("y",)
dd = Derived()
dd.x, dd.y = 1, 2
print(dd.x, dd.y, hasattr(dd, "__dict__"), Derived.__slots__)
class Open(Base):
    pass
o = Open()
o.x = 3
o.z = 4
print(o.x, o.z, vars(o))
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(int):
        __slots__ = ("q",)
except TypeError as e:
    print("TypeError:", e)
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print("AttributeError:", err)
class S:
    __slots__ = "single"
s = S()
s.single = "one"
print(s.single, S.__slots__)
try:
    Plain().a
except AttributeError as err:
    print("AttributeError:", err)
class Mangled:
    __slots__ = ("__secret",)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
m = Mangled()
m.set(7)
print(m.get(), sorted(k for k in Mangled.__dict__ if "secret" in k))
