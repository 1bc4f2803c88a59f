# tuple, range and slice objects: methods, comparisons, reprs, indices and errors.
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), t[1:3], t[::-1], t + (9,), t * 2, len(t), 4 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (1,) == [1], tuple("ab"), tuple(range(3)))
print(repr(()), repr((1,)), repr((1, (2,))), hash((1, 2)) == hash((1, 2)))
for bad in [lambda: t.index(99), lambda: t[10], lambda: (1,) + [2], lambda: t.count()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5) == range(0, 5), range(0) == range(3, 3), range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)))
print(r.start, r.stop, r.step, range(10)[::2], range(-5, 5)[3:], list(range(10, 0, -3)), reversed(range(3)).__class__.__name__)
print(list(reversed(range(1, 10, 4))), len(range(0, 2**40, 2)))
for bad in [lambda: range(1, 2, 0), lambda: range(5)[9], lambda: range(3).index(7), lambda: range(1.0), lambda: range()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s == slice(1, 10, 2), s.indices(6))
print(slice(-3, None).indices(10), slice(None, None, -2).indices(5), slice(100, -100, -1).indices(7))
print("abcdefgh"[s], [0, 1, 2, 3][slice(None, None, -1)], (1, 2, 3)[slice(1, None)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError:", e)
class Sliced:
    def __getitem__(self, k):
        return k
x = Sliced()
print(x[1:2], x[::3], x[1:2, 3], x[...], x[:, None])
