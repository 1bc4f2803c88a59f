# Dict comprehensions, set comprehensions and generator expressions passed to functions.
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print(sorted({x % 4 for x in range(100)}), {n // 10 for n in [5, 15, 25, 35]})
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min(x for x in [3, -1, 2]))
print(any(x > 5 for x in range(7)), all(x < 5 for x in range(7)), any(c.isdigit() for c in "ab3"))
print(list(x * 2 for x in range(4)), tuple(c for c in "hey"), sorted(x % 3 for x in range(7)))
print(", ".join(str(n) for n in range(5)), "".join(c for c in "a1b2c3" if c.isalpha()))
print(sum(1 for _ in range(25)), sum(i for i in range(1, 11) if i % 2 == 0))
inverted = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inverted)
scores = {"amy": [90, 80], "bob": [70, 75, 80], "cy": []}
avgs = {n: (sum(s) / len(s) if s else 0.0) for n, s in scores.items()}
print(avgs)
print({n: [c for c in n] for n in ["ab", "c"]}, {i: {j: i + j for j in range(2)} for i in range(2)})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print(dict((k, k * 2) for k in range(3)), set(x for x in [1, 1, 2]) == {1, 2})
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in data if x > 2) / len(data), max((v, i) for i, v in enumerate(data)))
print(sorted((len(s), s) for s in ["ccc", "a", "bb", "aa"]))
print(list(map(lambda p: p[0] * p[1], ((a, b) for a in range(3) for b in range(2)))))
nested_sum = sum(sum(row) for row in [[1, 2], [3, 4], [5]])
print(nested_sum, sum((x for x in range(4)), 100))
