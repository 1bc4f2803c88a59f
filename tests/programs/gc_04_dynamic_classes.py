# Classes, functions and modules made at run time are collected like any
# other object: a class factory called in a loop keeps memory flat, a
# dropped class dies at the next collection (its weak references die, its
# base forgets it), and functions made by exec or in class bodies go with
# their class.
import gc
import sys
import types
import weakref


class Base:
    pass


def make(i):
    class Made(Base):
        label = i

        def get(self):
            return self.label

        @property
        def double(self):
            return self.label * 2

    return Made


gc.collect()
base = sys.getallocatedblocks()
peak = 0
total = 0
for i in range(30_000):
    cls = make(i)
    total += cls().get() + cls().double
    if i % 5_000 == 0:
        peak = max(peak, sys.getallocatedblocks() - base)
del cls
print("total:", total)
print("flat while looping:", peak < 100_000)
gc.collect()
print("back at the start:", sys.getallocatedblocks() - base < 1_000)
print("subclasses left:", len(Base.__subclasses__()))

keep = make(7)
w = weakref.ref(keep)
wf = weakref.ref(keep.get)
print("alive:", w() is keep, keep().get(), [c.__name__ for c in Base.__subclasses__()])
del keep
gc.collect()
print("class dead:", w() is None, "method dead:", wf() is None)
print("subclasses after:", Base.__subclasses__())

# type() with a dict, and a class with a metaclass.
class Meta(type):
    made = 0

    def __new__(mcls, name, bases, ns):
        mcls.made += 1
        return super().__new__(mcls, name, bases, ns)


for i in range(2_000):
    T = type("T", (Base,), {"n": i, "f": lambda self: self.n})
    M = Meta("M", (), {"v": i})
    assert T().f() == i and M.v == i
print("meta made:", Meta.made)
del T, M
gc.collect()
print("subclasses of Base:", Base.__subclasses__())

# Functions made by exec, and a module object dropped.
ns = {}
exec("def f(x):\n    return x + 1\n", ns)
wf = weakref.ref(ns["f"])
print("exec function:", ns["f"](41))
ns.clear()
gc.collect()
print("exec function dead:", wf() is None)

mod = types.ModuleType("scratch")
exec("def g():\n    return 'g'\nclass K:\n    pass\n", mod.__dict__)
wk = weakref.ref(mod.K)
print(mod.g(), mod.K.__name__, mod.K.__module__)
del mod
gc.collect()
print("module class dead:", wk() is None)
print("nothing left to collect:", gc.collect() == 0)
