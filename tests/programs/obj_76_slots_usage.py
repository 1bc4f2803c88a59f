# __slots__: no instance dict, inheritance of slots, slot descriptors.
class P2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(repr(getattr(self, s)) for s in self.__slots__)})"


p = P2(1, 2)
print(p, hasattr(p, "__dict__"), P2.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 7
print(p.x, type(P2.x).__name__, P2.x.__name__)
print(P2.y.__get__(p), P2.y.__set__(p, 9), p.y)


class P3(P2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = P3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"), P3.__slots__)
try:
    q.w = 0
except AttributeError as e:
    print(type(e).__name__, e)


class Open(P2):
    pass


o = Open(1, 2)
o.extra = "fine"
print(o.extra, vars(o), o.x)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class Defaults:
    __slots__ = ("a", "b")
    def __init__(self, a=0):
        self.a = a


d = Defaults()
print(d.a, getattr(d, "b", "unset"))
pts = [P2(i, i * i) for i in range(4)]
print(sorted(pts, key=lambda t: -t.y))
print([type(P2.__dict__[n]).__name__ for n in ("x", "y")])
