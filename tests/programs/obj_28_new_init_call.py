# __new__ vs __init__, immutable subclasses, __call__, alternative constructors, instance creation protocol.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("init", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(ReturnsOther())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)
    def __repr__(self):
        return "Positive(%d)" % int(self)
p = Positive(5)
print(p, repr(p), p + 1, type(p + 1).__name__, p * 2)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2), type(pr).__name__)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.parse("2024-1-15"), MyDate.parse("1999-12-31"))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(3).a)
try:
    object.__new__(OnlyInit, 1)
    print("object.__new__ with extra args ok when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
obj = object.__new__(Tracked)
print(hasattr(obj, "v"), hasattr(obj, "created"))
class Sub(Tracked):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = Sub(1, 2)
print(s.v, s.w)
