# weakref to user objects: callbacks, WeakValueDictionary-like caches by hand.
import weakref
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name})"


r = Resource("db")
w = weakref.ref(r)
print(w() is r, w())
events = []
w2 = weakref.ref(r, lambda ref: events.append("collected"))
del r
gc.collect()
print(w(), w2(), events)


class Cache:
    def __init__(self):
        self._refs = {}

    def get(self, name):
        ref = self._refs.get(name)
        obj = ref() if ref is not None else None
        if obj is None:
            obj = Resource(name)
            self._refs[name] = weakref.ref(obj, lambda _, n=name: self._refs.pop(n, None))
        return obj

    def alive(self):
        return sorted(k for k, v in self._refs.items() if v() is not None)


c = Cache()
a = c.get("a")
b = c.get("b")
print(c.get("a") is a, c.alive())
del a
gc.collect()
print(c.alive())
print(c.get("b") is b)


class Slotted:
    __slots__ = ("x",)


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
for v in (1, "s", [], {}):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(type(e).__name__, e)
p = Resource("proxied")
px = weakref.proxy(p)
print(px.name, repr(p))
del p
gc.collect()
try:
    px.name
except ReferenceError as e:
    print(type(e).__name__, e)
