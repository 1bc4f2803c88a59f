# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C()"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
c.__call__ = lambda: "called"
c.__iter__ = lambda: iter([1])
print(len(c), repr(c), c.__len__(), c.__repr__())
try:
    c()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)

# Setting on the class takes effect for existing instances at once.
C.__call__ = lambda self: "class call"
C.__iter__ = lambda self: iter([1, 2])
C.__eq__ = lambda self, other: True
C.__hash__ = lambda self: 7
print(c(), list(c), c == 5, hash(c))
C.__len__ = lambda self: 42
print(len(c), bool(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)
print(bool(c))
C.__bool__ = lambda self: False
print(bool(c))


# Operators too.
class N:
    def __init__(self, v):
        self.v = v


n = N(3)
n.__add__ = lambda other: "instance add"
try:
    n + 1
except TypeError as e:
    print("TypeError:", e)
N.__add__ = lambda self, other: self.v + other
N.__radd__ = lambda self, other: other * 100 + self.v
N.__neg__ = lambda self: -self.v
N.__getitem__ = lambda self, k: k * self.v
print(n + 1, 1 + n, -n, n[4])


# with-statement special methods come from the type.
class CM:
    pass


cm = CM()
cm.__enter__ = lambda: "x"
cm.__exit__ = lambda *a: None
try:
    with cm:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
CM.__enter__ = lambda self: "entered"
CM.__exit__ = lambda self, *a: print("exit", a[0].__name__ if a[0] else None) or True
with cm as v:
    print(v)
with cm:
    raise KeyError("swallowed")
print("after")


# __getattr__ on the class is not used for special method lookup.
class Dyn:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"


d = Dyn()
print(d.__len__(), d.anything())
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)


