# __slots__ with __dict__ and __weakref__, inheritance, and errors.
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__, Point.x.__name__)


class Flexible:
    __slots__ = ("a", "__dict__", "__weakref__")


f = Flexible()
f.a = 1
f.b = 2
r = weakref.ref(f)
print(f.a, f.b, f.__dict__, r() is f)


class Sub(Point):
    pass


s = Sub(3, 4)
s.extra = "has dict"
print(s.x, s.extra, s.__dict__, weakref.ref(s)() is s)


class SubSlots(Point):
    __slots__ = ("z",)


ss = SubSlots(1, 2)
ss.z = 3
print(ss.x, ss.z, hasattr(ss, "__dict__"))
try:
    ss.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)


# Private names are mangled.
class Secret:
    __slots__ = ("__key", "public")

    def __init__(self):
        self.__key = "k"

    def key(self):
        return self.__key


sec = Secret()
print(sec.key(), "_Secret__key" in dir(Secret), hasattr(sec, "public"))


def attempt(name, ns, bases=()):
    try:
        type(name, bases, ns)
        print(name, "ok")
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__ + ":", e)


attempt("A", {"__slots__": ("x",), "x": 1})
attempt("B", {"__slots__": ("__dict__", "__dict__")})
attempt("C", {"__slots__": ("__weakref__", "__weakref__")})
attempt("D", {"__slots__": ("1abc",)})
attempt("E", {"__slots__": (1,)})
attempt("F", {"__slots__": "single"})
attempt("G", {"__slots__": ("a",)}, (int,))
attempt("H", {"__slots__": ()}, (int,))
attempt("I", {"__slots__": ("__dict__",)}, (Sub,))
attempt("J", {"__slots__": ["p", "q"]})
attempt("K", {"__slots__": {"doc": "documented slot"}})
print(type("S", (), {"__slots__": "single"})().__class__.__slots__)


# Multiple inheritance with conflicting slot layouts.
class L1:
    __slots__ = ("a",)


class L2:
    __slots__ = ("b",)


try:
    class Both(L1, L2):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoSlots:
    pass


class Mixed(L1, NoSlots):
    pass


m = Mixed()
m.a, m.c = 1, 2
print(m.a, m.c)

# Class attribute and slot default: slots have no defaults.
class Defaults:
    __slots__ = ("v",)

    def get(self):
        return getattr(self, "v", "unset")


dd = Defaults()
print(dd.get())
dd.v = 0
print(dd.get())
# vars() fails without a __dict__
try:
    vars(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
