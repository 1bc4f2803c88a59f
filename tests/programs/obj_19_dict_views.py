# dict views and operators: keys/values/items set operations, live views, |, |=, ordering, methods.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it)[-1])
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(type(k).__name__, type(v).__name__, type(it).__name__, type(k & set()).__name__)
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
print(v == v, list(reversed(k)), list(reversed(d.items()))[0])
e = {"x": 1} | {"y": 2, "x": 3}
print(e)
e |= [("z", 9)]
print(e)
try:
    {} | [("a", 1)]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    for key in d:
        d["new"] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
d.pop("new")
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("missing", "dflt"), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    {}.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
d.update({"b": 20}, c=30)
d.update([("f", 6)])
print(d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    d.update([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([("a", 1, 2)])
except ValueError as ex:
    print(type(ex).__name__, ex)
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", "cd")), dict({1: 2}))
o = {"first": 1, "second": 2}
del o["first"]
o["first"] = 1
print(list(o), o == {"first": 1, "second": 2}, {1: 2} == {1: 2.0}, {"a": 1} != {"a": 1})
try:
    {} < {}
except TypeError as ex:
    print(type(ex).__name__, ex)
cp = d.copy()
cp["b"] = -1
print(d["b"], cp["b"], repr({}), repr({1: {2: [3]}}), str({"q": "'"}))
rec = {}
rec["self"] = rec
print(rec)
print(list({1: "a", True: "b", 1.0: "c"}.items()), {(1, 2): "tuple key"}[(1, 2)])
try:
    {[1]: 2}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(len(d), bool({}), sorted(d, key=d.get), max(d, key=lambda x: d[x]), min(d.values()))
print(list(d.items())[:2], [kk for kk, vv in d.items() if vv > 5])
print(k.mapping if hasattr(k, "mapping") else "no mapping")
