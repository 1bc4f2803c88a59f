# Iteration protocols: __iter__/__next__, the __getitem__ fallback, __contains__ and __reversed__.
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, list(iter(s)), sorted(s, reverse=True))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(5)), max(Countdown(4)))
class Contains:
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        return iter([1, 2])
print("magic" in Contains(), 1 in Contains(), "magic" not in Contains())
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(Rev())), list(Rev()))
class CustomRev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(CustomRev())))
class NotIter:
    __iter__ = None
for obj in [NotIter(), 5, None]:
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
calls = []
def f():
    calls.append(1)
    return len(calls)
print(list(iter(f, 3)))
a, *b = Countdown(4)
print(a, b)
print(dict(zip(Seq(), "abcd")), list(enumerate(Seq(), 1)))
