# Iteration protocols: iter(callable, sentinel), __getitem__ sequences, __reversed__, __length_hint__.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


print(list(Countdown(3)), list(reversed(Countdown(3))), 2 in Countdown(3))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), list(zip(Squares(), "abc")))


class SizedSeq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError("out")
        return "xyz"[i]


print(list(reversed(SizedSeq())), sorted(SizedSeq(), reverse=True))
chunks = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(chunks), "STOP")))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))


class NotIterable:
    pass


for bad in [lambda: iter(NotIterable()), lambda: iter(5), lambda: reversed(NotIterable()),
            lambda: iter(len, 1, 2), lambda: iter(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError", e)


class Endless:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


e = Endless()
print(list(e), list(e), next(e, "default"))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", ex.args)
print(list(enumerate("ab", start=5)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print("ValueError", ex)
print(iter(range(3)).__length_hint__(), len(list(reversed(range(10, 0, -3)))))
