# Weak-reference callbacks: when they run, in which order, with what.
import weakref


class C:
    def __init__(self, n):
        self.n = n


log = []

print("-- a callback runs when the referent dies")
c = C(1)
def cb(wr):
    print("callback; referent is", wr())
r = weakref.ref(c, cb)
print(r.__callback__ is cb)
del c
print("after del", r(), r.__callback__)

print("-- callbacks of several refs: newest first")
c = C(2)
refs = [weakref.ref(c, lambda wr, i=i: print("cb", i)) for i in range(3)]
plain = weakref.ref(c)
del c
print("after del")

print("-- the callback receives the weak reference itself")
c = C(3)
holder = []
def keep(wr):
    holder.append(wr)
r = weakref.ref(c, keep)
c = None
print(holder[0] is r, holder[0]())

print("-- no callback if the weak reference died first")
c = C(4)
r = weakref.ref(c, lambda wr: print("never printed"))
del r
del c
print("nothing printed")

print("-- __del__ runs before weakref callbacks, weakrefs still alive in __del__")
class WithDel:
    def __del__(self):
        print("__del__; weakref alive:", wd_ref() is self)
w = WithDel()
wd_ref = weakref.ref(w, lambda wr: print("callback after __del__", wr()))
del w
print("after WithDel")

print("-- proxy callbacks get the proxy")
c = C(5)
def pcb(p):
    print("proxy callback", type(p) is weakref.ProxyType)
    try:
        p.n
    except ReferenceError as exc:
        print("ReferenceError:", exc)
p = weakref.proxy(c, pcb)
print(p.n)
del c
print("after proxy referent")

print("-- a callback can drop other objects")
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
side = {"x": Noisy("side")}
c = C(6)
def drop_side(wr):
    print("dropping side")
    side.clear()
    print("dropped side")
r = weakref.ref(c, drop_side)
del c
print("after chain")

print("-- errors in callbacks are ignored")
c = C(7)
def bad(wr):
    raise RuntimeError("callback failed")
r = weakref.ref(c, bad)
r2 = weakref.ref(c, lambda wr: print("second callback still runs"))
del c
print("still running")

print("-- objects held by containers")
objs = [C(i) for i in range(3)]
refs = [weakref.ref(o, lambda wr: log.append("died")) for o in objs]
print([r() is not None for r in refs])
objs.pop(1)
print([r() is not None for r in refs], log)
objs.clear()
print([r() is not None for r in refs], log)

print("-- a callback on a chain of owners")
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
nodes = Node("a", Node("b", Node("c")))
watch = []
n = nodes
while n is not None:
    watch.append(weakref.ref(n, lambda wr, name=n.name: print("gone", name)))
    n = n.child
del nodes
print("chain freed", [w() for w in watch])

print("-- callbacks of objects alive at exit")
survivor = C(8)
last = weakref.ref(survivor, lambda wr: print("exit callback"))
print("end of program")
