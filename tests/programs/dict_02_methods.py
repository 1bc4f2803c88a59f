# dict methods: get/pop/setdefault/update/items/keys/values/copy/clear, membership, iteration, nested dicts.
inv = {"apple": 3, "pear": 0, "fig": 7}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", -1), inv.get("pear", 99))
print("fig" in inv, "kiwi" in inv, 3 in inv, 3 in inv.values(), "pear" not in inv)
print(inv.pop("pear"), inv.pop("nothing", "default"), inv)
print(inv.setdefault("apple", 100), inv.setdefault("plum", 5), inv)
groups = {}
for word in ["ant", "bee", "ape", "cat", "bat", "cow", "asp"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
total = 0
for k, v in inv.items():
    total += v
    print(k, "->", v)
print("total", total, sum(inv.values()), max(inv), max(inv, key=inv.get), max(inv.values()))
c = inv.copy()
c["apple"] = 0
print(inv["apple"], c["apple"], c is inv, c == inv)
c.clear()
print(c, len(c), bool(c), bool(inv))
nested = {"a": {"x": 1}, "b": {"y": [1, 2]}}
nested["a"]["z"] = 2
nested["b"]["y"].append(3)
print(nested, nested["b"]["y"][-1])
keys = inv.keys()
inv["new"] = 1
print(list(keys), len(keys))
print(sorted(inv.items(), key=lambda kv: kv[1]), sorted(inv, reverse=True))
try:
    inv.pop("zzz")
except KeyError as e:
    print("KeyError:", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
counts = {"a": 0, "b": 0}
for ch in "abba":
    counts[ch] += 1
print(counts)
merged = {}
for part in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}]:
    merged.update(part)
print(merged, list(merged.items())[0])
inverse = {v: k for k, v in merged.items()}
print(inverse, inverse.get(3))
print({k: v for k, v in zip("xyz", range(3)) if v}, dict(zip([1, 2], ["one", "two"])))
squares = {}
for i in range(-3, 4):
    squares[i * i] = squares.get(i * i, 0) + 1
print(squares)
