# dict: methods, views, ordering, merging, fromkeys, popitem, setdefault and errors.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("z", "missing"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3))
print(d | {"new": 1}, {"a": 0} | {"a": 1}, {**d, "b": 99})
e = dict(d); e |= {"q": 9}; print(e)
print(len(d), "a" in d, "zz" not in d, d == {"b": 2, "a": 1, "x": 1, "y": 2, "z": 3}, {1: 1} == {1: 1.0})
k = d.keys()
d["later"] = 0
print(list(k), len(k), "later" in k, k & {"a", "q"}, sorted(k - {"a"}), isinstance(k, type({}.keys())))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("nope"), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: dict(1)]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    for key in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
class Missing(dict):
    def __missing__(self, key):
        return "default-" + str(key)
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, len(m))
o = {}
for i in [3, 1, 2]:
    o[i] = i * i
del o[1]
o[1] = 100
print(o, list(o.items()))
c = d.copy(); c.clear(); print(c, len(d) > 0)
print(repr({}), repr({1: {2: 3}}), str({"k": [1, "v"]}), {True: "a", 1: "b"})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", "none"))
print(sorted({3: "c", 1: "a"}.items()), min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()))
