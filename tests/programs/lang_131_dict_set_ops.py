# Dict and set operations as used in bookkeeping: merge operators, views, setdefault.
inventory = {"apples": 5, "pears": 2}
incoming = {"pears": 3, "plums": 7}
merged = inventory | incoming
print(merged, inventory)
inventory |= {"kiwis": 1}
print(inventory)
combined = {k: inventory.get(k, 0) + incoming.get(k, 0) for k in inventory.keys() | incoming.keys()}
print(sorted(combined.items()))
print(sorted(inventory.keys() & incoming.keys()), sorted(inventory.keys() - incoming.keys()))
print(list(merged.items())[1], ("plums", 7) in merged.items(), len(merged.values()))

index = {}
for word in "to be or not to be that is the question".split():
    index.setdefault(word[0], []).append(word)
print(index)
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict([("k", "v")], extra=1))
d = {"b": 2, "a": 1}
d["c"] = 3
del d["b"]
d["b"] = 4
print(list(d), d.pop("a"), d.pop("zz", None), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print({1: "int", 1.0: "float", True: "bool"})
rev = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(rev, dict(sorted({"z": 1, "m": 2, "a": 3}.items())), list(reversed({"p": 1, "q": 2})))

evens = {n for n in range(10) if n % 2 == 0}
threes = set(range(0, 10, 3))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens ^ threes), sorted(evens - threes))
print(evens <= set(range(10)), {0, 6} < threes, evens.isdisjoint({1, 3}), frozenset({1, 2}) == {1, 2})
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], sorted(sorted(k) for k in groups))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(counts, key=counts.get), sum(counts.values()), {**counts}.keys() == counts.keys())
