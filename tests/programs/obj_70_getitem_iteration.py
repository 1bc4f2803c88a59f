# Old-style iteration through __getitem__ (IndexError ends it), and
# __contains__ falling back to iteration.
class Squares:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i >= self.n:
            raise IndexError(i)
        return i * i


s = Squares(5)
print(list(s), s.calls)
print(9 in s, 10 in s)
print(sorted(Squares(4), reverse=True))
it = iter(Squares(3))
print(type(it).__name__, next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", type(e).__name__)
for a, b in zip(Squares(3), "xyz"):
    print(a, b)


class Letters:
    def __getitem__(self, i):
        if i > 3:
            raise StopIteration
        return "abcd"[i]


print(list(Letters()), "c" in Letters())


class KeyErrorStop:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorStop())
except KeyError as e:
    print(type(e).__name__, e)


class Counted:
    def __init__(self):
        self.seen = []

    def __iter__(self):
        for i in range(10):
            self.seen.append(i)
            yield i


c = Counted()
print(4 in c, c.seen)


class NotIterable:
    pass


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 in NotIterable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(reversed(Seq())), tuple(Seq()), dict.fromkeys(Seq()))
