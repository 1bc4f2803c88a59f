# Builtins: filter, map, zip, enumerate, reversed, sorted, slice, range, iter/next, round, format.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])), list(map(lambda *a: sum(a), [1], [2], [3])))
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip(*["ab", "cd"])), dict(zip(range(3), "xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate([])), list(enumerate("ab", 10)), list(enumerate("x", start=-1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class Rev:
    def __reversed__(self):
        return iter(["custom"])
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(Rev())), list(reversed(SeqOnly())))
for bad in [{1, 2}, iter([1]), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3).indices(10), s.indices(5), slice(-1, None, -1).indices(4))
print([0, 1, 2, 3, 4, 5][s], "abcdefgh"[slice(None, None, -3)], (1, 2, 3)[slice(-2, None)])
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2][::0]
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), repr(slice("a", None)))
r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 9 in r, 10 in r, r.index(9), r.count(6), range(5, 0, -1)[::-1])
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), list(range(-5)), range(10)[::2], reversed(range(3)).__class__.__name__)
for act in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(3).index(7)]:
    try:
        print(act())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(round(3.14159, 2), round(2.5), round(-1.5), round(7), round(1234, -2), round(0.125, 2), round(5, 2))
print(format(42), format(42, "05d"), format(3.5, ".3f"), format("x", "^5"), format(255, "X"), format(0.5, "%"), format(True), format(None))
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
it = iter({"k": 1})
print(next(it), next(it, None))
print(list(iter([1, 2, 3].pop, 1)))
print(pow(2, 8), pow(2.0, -1), pow(-8, 1 / 3).real > 0 if isinstance(pow(-8, 1 / 3), complex) else "real", pow(10, -2))
print(repr(repr), str(str)[:13], repr(None), repr(...), repr(Ellipsis), str(True), repr(1.0), repr("a'b"))
