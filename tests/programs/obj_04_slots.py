# __slots__: restricted attributes, inheritance with and without slots, __dict__ slot, defaults conflict.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print(type(e).__name__, e)
q.a = 5
del q.a
try:
    del q.a
except AttributeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
c = Child(3, 4)
c.extra = "ok"
print(c.extra, sorted(vars(c)))
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(1, 2)
sc.z = 3
print(sc.x, sc.z, hasattr(sc, "__dict__"))
try:
    sc.w = 0
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
print(type(P.x).__name__, P.x.__name__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Weak:
    __slots__ = ("__weakref__",)
print(hasattr(Weak(), "__dict__"))
class Prop:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, val):
        self._v = val
pr = Prop()
pr.v = 21
print(pr.v)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
