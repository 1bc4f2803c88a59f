# set and frozenset: operators, methods, comparisons, hashing of frozenset, mutation during iteration.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a.union([9], (8,)), sorted(a.intersection(range(3), [2, 1])), sorted(a.difference([1], {2})), sorted(a.symmetric_difference([4, 6])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1, 5}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__, f == {1, 2, 3})
print(hash(f) == hash(frozenset({1, 2, 3})), {f: "frozen key"}[frozenset([1, 2, 3])], frozenset() == set())
s = set()
s.add(1); s.add(1); s.update([2, 3], {4}); s.discard(10); s.discard(1)
print(sorted(s))
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {3, 4}, len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4}; c -= {1}; c ^= {2, 9}
print(sorted(c))
c.intersection_update([4, 9, 10]); print(sorted(c))
c.difference_update([4]); print(sorted(c))
c.symmetric_difference_update([9, 11]); print(sorted(c))
try:
    for x in c:
        c.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(set(), frozenset(), repr({1}), repr(frozenset({2})), set("aab") == {"a", "b"}, sorted(set("mississippi")))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset().add
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == frozenset([1, 2]), {1, 2} != {2, 1}, {0} == {False}, {1.0} | {1}, len({1, True, 1.0}))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({frozenset()}))
print(sorted({x % 3 for x in range(10)}), min({5, 2, 8}), max(frozenset([5, 2, 8])), sum({1, 2, 3}))
class Sub(set):
    pass
sb = Sub([1, 2])
print(type(sb | {3}).__name__, type(sb.copy()).__name__, isinstance(sb, set), sorted(sb))
print(bool(set()), bool({0}), 2 in {1, 2}, [1] in [{1}] if False else "skip", 3 not in frozenset())
print(set([1, 2]).__len__(), sorted(set({"k": 1, "j": 2})), set(range(3)) - set(range(1)))
