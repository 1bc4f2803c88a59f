# Sets in CPython's table order, set/frozenset equality and hashing, in-place
# updates, dict views as sets, slices, iter(callable, sentinel), zip(strict=True).
print({1, 2, 3, 4, 9, 8}, {x * 7 for x in range(20)}, set(range(100, 0, -7)), set([-1, -2, 5, 13, 21]))
print({"a"} == frozenset("a"), frozenset({1, 2}) == {2, 1}, hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1, 10 ** 20})))
print({frozenset({1}): "x"}[frozenset([1])], {1, 2} in [frozenset({1, 2})], set() == frozenset())
s = {1, 2, 3, 4}
alias = s
s &= {2, 3, 9}
s |= {20}
s -= {3}
s ^= {1, 20}
print(s, alias is s)
t = set(range(10))
t.intersection_update(range(5), [1, 2, 3, 4, 5])
t.difference_update([1], (2,))
t.symmetric_difference_update({4, 100})
print(t)
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
k, it = d.keys(), d.items()
print(k & {"b", "x"}, sorted(k | ["z"]), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), sorted({"a", "zz"} - k), type(["a"] & k).__name__)
print(it & {("a", 1), ("b", 0)}, k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, it == {("a", 1), ("b", 2), ("c", 3)}, k == ["a", "b", "c"])
print(k.isdisjoint(["x", "y"]), it.isdisjoint([("a", 1)]), list(reversed(d)), list(reversed(d.values())), list(reversed(it)))
e = {"x": 1}
e |= [("y", 2)]
e |= {"x": 3}
print(e)
for bad in [lambda: {} | [("a", 1)], lambda: d.values() & d.values(), lambda: k & 5, lambda: hash(k)]:
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
sl = slice(1, None, None)
print(sl, slice(5), slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(2 ** 70).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), sl.start, sl.stop, sl.step, repr(slice("a", [1], None)))
for bad in [lambda: hash(slice(1)), lambda: slice(1, 2, 0).indices(3), lambda: slice(1).indices(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)), list(iter([1, 2, 3].pop, 1)))
for bad in [lambda: iter(5, 0), lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)),
            lambda: list(zip([1, 2], [1, 2], [1], strict=True)), lambda: list(zip([1], [1], [1, 2], strict=True))]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
