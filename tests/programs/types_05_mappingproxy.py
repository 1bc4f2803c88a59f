# mappingproxy: class __dict__ is a read-only live view; MappingProxyType;
# dict views' .mapping.
import types
class C:
    x = 1
    def m(self):
        return 2
d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, "x" in d, "m" in d, "y" in d)
print(d["x"], d.get("y"), d.get("y", 5), sorted(k for k in d if not k.startswith("__")))
C.y = 3
print("y" in d, d["y"], sorted(k for k in d.keys() if not k.startswith("__")))
try:
    d["z"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError", e)
try:
    d.pop
except AttributeError as e:
    print("AttributeError", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
src = {"a": 1, "b": 2}
mp = types.MappingProxyType(src)
print(mp, repr(mp), str(mp), len(mp), list(mp), list(mp.items()), list(mp.values()))
src["c"] = 3
print(mp["c"], len(mp), mp == {"a": 1, "b": 2, "c": 3}, mp.copy(), type(mp.copy()).__name__)
for bad in ([1, 2], 5, "s"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
print(type(types.MappingProxyType(mp)).__name__, dict(mp), {**mp})
k = src.keys()
print(k.mapping, type(k.mapping).__name__, src.items().mapping["a"], src.values().mapping == src)
print(vars(C)["x"], type(vars(C)).__name__, type(int.__dict__).__name__, "__add__" in int.__dict__)
class D(C):
    pass
print("x" in D.__dict__, D.x, sorted(k for k in D.__dict__ if not k.startswith("__")))
print(isinstance(d, dict), bool(types.MappingProxyType({})), len(types.MappingProxyType({})))
