# dict insertion order: updates keep position, deletion + reinsertion moves a key to the end, update(), mutation during iteration.
d = {}
d["one"] = 1
d["two"] = 2
d["three"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["one"] = 100
print(d)
del d["one"]
d["one"] = 1
print(d)
d.pop("two")
d["two"] = 2
d["zero"] = 0
print(d, len(d))
d.update({"three": 33, "four": 4})
print(d)
d.update([("five", 5), ("zero", -1)])
d.update(six=6)
print(d)
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
e = {1: "a", True: "b", 1.0: "c"}
print(e, len(e))
f = dict(a=1, b=2)
g = dict([("b", 2), ("a", 1)])
print(f, g, f == g, list(f) == list(g))
h = {n: n * n for n in range(6)}
for k in [0, 2, 4]:
    del h[k]
h[0] = "again"
print(h, list(h.keys())[0], list(h.values())[-1])
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = -i
keys = list(big)
print(len(big), keys[:5], keys[-6:], sum(big.values()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(), {} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
