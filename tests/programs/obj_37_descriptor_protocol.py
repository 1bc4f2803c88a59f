# Descriptors: __get__(None, owner), __set_name__, data vs non-data precedence, owner access.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("descriptor", self.name, objtype.__name__)
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class Rec:
    n = Typed(int)
    s = Typed(str)
r = Rec()
print(Rec.n, r.n)
r.n = 5
r.s = "x"
print(r.n, r.s, Rec.__dict__["n"].owner)
try:
    r.n = "five"
except TypeError as e:
    print("TypeError:", e)
del r.n
print(r.n)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)
class DataOnlySet:
    def __set__(self, obj, value):
        obj.__dict__["v"] = value * 2
class H2:
    v = DataOnlySet()
h2 = H2()
h2.v = 4
print(h2.v, type(H2.v).__name__)
class Counter:
    calls = 0
    def __get__(self, obj, objtype=None):
        Counter.calls += 1
        return Counter.calls
class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def double(self, x):
        return x * 2
print(UsesMethod().double(21), type(UsesMethod.double).__name__)
def plain(self):
    return "bound to %s" % type(self).__name__
bound = plain.__get__(u, UsesCounter)
print(bound(), type(bound).__name__, bound.__self__ is u, bound.__func__ is plain)
print(plain.__get__(None, UsesCounter) is plain)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, int)("abc"), cm.__get__(None, Holder)(), cm.__get__(h)())
print(property(lambda self: 1).__get__(None, Holder).__class__.__name__)
