# sets of ints: construction, add/remove/discard, union/intersection/difference/symmetric diff, subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(len(a), 3 in a, 7 in a, 7 not in a)
a.add(10)
a.add(1)
a.discard(2)
a.discard(99)
a.remove(3)
print(sorted(a))
try:
    a.remove(42)
except KeyError as e:
    print("KeyError:", e)
s = set([5, 5, 1, 1, 3])
print(sorted(s), len(s), s == {1, 3, 5}, set() == set(), {1, 2} != {2})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {4} <= {1})
print(sorted({x % 5 for x in range(20)}), sorted(set(range(3)) | set(range(10, 12))))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), len(evens | threes))
seen = set()
dups = []
for n in [4, 1, 4, 2, 1, 5, 4]:
    if n in seen:
        dups.append(n)
    else:
        seen.add(n)
print(sorted(seen), dups)
print(sorted(set([3, 1, 2])), sum({1, 2, 3}), max({7, 2, 9}), min({7, 2, 9}))
print({1, 2, 3}, {0}, set(), type(set()).__name__, bool(set()), bool({0}))
u = a | b
print(sorted(u))
fs = {-1, -2, 100, 2 ** 70}
print(sorted(fs), 2 ** 70 in fs, -2 in fs)
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
print(sorted(c))
words_len = {len(w) for w in "a bb ccc dd e ffff".split()}
print(sorted(words_len))
