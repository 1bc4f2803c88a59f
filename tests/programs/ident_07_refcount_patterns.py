# sys.getrefcount on simple patterns: compare differences, not values.
import sys


class Obj:
    pass


o = Obj()
base = sys.getrefcount(o)
alias = o
print(sys.getrefcount(o) - base)
lst = [o, o, o]
print(sys.getrefcount(o) - base)
del lst
print(sys.getrefcount(o) - base)
d = {"k": o}
t = (o,)
print(sys.getrefcount(o) - base)
d.clear()
del t
del alias
print(sys.getrefcount(o) - base)


def hold(x):
    return sys.getrefcount(x)


inside = hold(o)
print(inside - base >= 1)


class Holder:
    def __init__(self, v):
        self.v = v


h = Holder(o)
print(sys.getrefcount(o) - base)
h.v = None
print(sys.getrefcount(o) - base)

# A method bound to an object holds a reference to it.
m = Obj.__init__.__get__(o) if False else (lambda: o)
bound = Holder.__init__.__get__(h)
before = sys.getrefcount(h)
bound2 = Holder.__init__.__get__(h)
print(sys.getrefcount(h) - before)
del bound2
print(sys.getrefcount(h) - before)

# Iterators hold their container.
data = [1, 2, 3]
before = sys.getrefcount(data)
it = iter(data)
print(sys.getrefcount(data) - before)
list(it)
del it
print(sys.getrefcount(data) - before)

# Exceptions hold their args.
payload = Obj()
before = sys.getrefcount(payload)
err = ValueError(payload)
print(sys.getrefcount(payload) - before)
del err
print(sys.getrefcount(payload) - before)
print(type(sys.getrefcount(None)).__name__, sys.getrefcount(o) > 0)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)
