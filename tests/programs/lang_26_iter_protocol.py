# Iteration protocol: iter()/next() with sentinels, custom iterators, StopIteration rules, for/else.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), [x for x in Countdown(2)])
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
calls = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(calls), 0)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3):
    if i == 10:
        break
else:
    print("for-else ran")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
for x in []:
    pass
else:
    print("empty for-else")
def gen_stop():
    yield 1
    return
    yield 2
print(list(gen_stop()))
it2 = iter(range(10))
for a in it2:
    if a == 3:
        break
print(list(it2))
pairs = list(zip(it := iter(range(6)), it))
print(pairs)
print(list(enumerate("abc", start=5)), list(reversed(range(4))))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 11
print(list(Seq()), 22 in Seq(), 5 in Seq())
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(3)))
print(list(map(str, Countdown(3))), dict(enumerate(Countdown(2))))
e = enumerate(["x", "y"])
print(next(e), iter(e) is e)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
try:
    zip([1], [2, 3], strict=True).__next__(); list(zip([1], [2, 3], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
