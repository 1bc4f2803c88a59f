# Iterator protocol by hand: classes with __iter__/__next__, sentinels, chaining.


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)

    def __len__(self):
        return self.start

    def __contains__(self, x):
        return 0 < x <= self.start

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class OnlyGetitem:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        if i >= len(self.data):
            raise IndexError(i)
        return self.data[i] * 2


class Peekable:
    _empty = object()

    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._empty

    def __iter__(self):
        return self

    def peek(self, default=None):
        if self.buf is self._empty:
            self.buf = next(self.it, self._empty)
        return default if self.buf is self._empty else self.buf

    def __next__(self):
        if self.buf is not self._empty:
            v, self.buf = self.buf, self._empty
            return v
        return next(self.it)


c = Countdown(4)
print(list(c), list(c), len(c), 3 in c, 9 in c, list(reversed(c)), sorted(c))
print(list(OnlyGetitem([1, 2, 3])), 4 in OnlyGetitem([1, 2]), max(OnlyGetitem([5, 1])))
print(list(zip(c, "abc")), dict(zip("xy", c)), list(map(pow, c, [2, 2])))
it = iter(c)
print(next(it), next(it), list(it), next(it, "done"))

p = Peekable([1, 1, 2, 3, 3, 3, 4])
runs = []
for v in p:
    n = 1
    while p.peek() == v:
        next(p)
        n += 1
    runs.append((v, n))
print(runs, p.peek("end"))

lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)


class Broken:
    def __iter__(self):
        return 42


try:
    for _ in Broken():
        pass
except TypeError as e:
    print(type(e).__name__, e)
a, b, c2 = Countdown(3)
print(a, b, c2, *Countdown(2), sum(Countdown(10)), "-".join(map(str, Countdown(3))))
