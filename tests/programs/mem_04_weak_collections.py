# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name

    def greet(self, who):
        return "%s greets %s" % (self.name, who)


print("-- WeakValueDictionary")
cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache[3] = c
print(len(cache), sorted(map(str, cache.keys())), cache["a"], cache.get("b"))
print("a" in cache, "zz" in cache, cache.get("zz", "default"))
del a
print(len(cache), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as exc:
    print("KeyError", exc)
b = None
print(sorted(map(str, cache.keys())), list(cache.values()), list(cache.items()))
print(cache.pop(3), len(cache))
del c
print(len(cache))
keep = [Obj(i) for i in range(5)]
cache.update((i, o) for i, o in enumerate(keep))
print(len(cache), cache.setdefault(0, "x"), len(cache.valuerefs()))
del keep[::2]
print(len(cache), sorted(cache.keys()))
copy = cache.copy()
print(type(copy).__name__, sorted(copy.keys()))
keep.clear()
print(len(cache), len(copy))
d = Obj("d")
print(cache.setdefault("d", d) is d, cache.pop("missing", "none"))
k, v = cache.popitem()
print(k, v)
print(len(cache))
try:
    cache.pop("missing")
except KeyError as exc:
    print("KeyError", exc)
w2 = weakref.WeakValueDictionary({"x": d}, y=d)
print(sorted(w2.keys()), w2 == {"x": d, "y": d})
del d
print(len(w2))

print("-- WeakKeyDictionary")
meta = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1], meta.get(k2), k1 in meta, 5 in meta, "s" in meta)
print(sorted(meta.values()), sorted(o.name for o in meta.keys()))
del k1
print(len(meta), sorted(meta.values()))
meta[k2] = "replaced"
print(len(meta), meta[k2])
print(meta.setdefault(k2, "x"), meta.pop(k2), len(meta))
k3 = Obj("k3")
meta.update({k3: 3})
print(list(meta.items()), len(meta.keyrefs()))
try:
    meta[Obj("temp")]
except KeyError:
    print("KeyError for a dead temporary")
try:
    meta["not weakrefable"] = 1
except TypeError as exc:
    print("TypeError:", exc)
del k3
print(len(meta))

print("-- WeakSet")
ws = weakref.WeakSet()
x, y, z = Obj("x"), Obj("y"), Obj("z")
ws.add(x)
ws.add(y)
ws.add(y)
print(len(ws), x in ws, z in ws, 3 in ws)
ws.update([z])
print(sorted(o.name for o in ws))
del y
print(len(ws), sorted(o.name for o in ws))
ws.discard(x)
print(len(ws))
ws.remove(z)
print(len(ws))
try:
    ws.remove(z)
except KeyError:
    print("KeyError on remove")
ws2 = weakref.WeakSet([x, z])
ws3 = weakref.WeakSet([z])
print(ws3 <= ws2, ws2 >= ws3, ws3 < ws2, ws2 == weakref.WeakSet([z, x]))
print(sorted(o.name for o in ws2 - ws3), sorted(o.name for o in ws2 & ws3))
print(sorted(o.name for o in ws2 | weakref.WeakSet([x])), sorted(o.name for o in ws2 ^ ws3))
print(ws2.pop() in (x, z), len(ws2))
del x, z
print(len(ws2), len(ws3))
try:
    weakref.WeakSet().pop()
except KeyError as exc:
    print("KeyError", exc)

print("-- WeakMethod")
o = Obj("m")
wm = weakref.WeakMethod(o.greet)
print(wm()("you"), wm() == o.greet, wm == weakref.WeakMethod(o.greet))
calls = []
wm2 = weakref.WeakMethod(o.greet, lambda r: calls.append("died"))
print(isinstance(wm, weakref.ref), len(calls))
del o
print(wm(), wm2(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as exc:
    print("TypeError", exc)

print("-- a registry that forgets dead objects")
class Registry:
    def __init__(self):
        self.by_name = weakref.WeakValueDictionary()
    def register(self, obj):
        self.by_name[obj.name] = obj
        return obj
reg = Registry()
live = [reg.register(Obj("r%d" % i)) for i in range(4)]
print(sorted(reg.by_name))
live[1:3] = []
print(sorted(reg.by_name))
live = None
print(sorted(reg.by_name))
