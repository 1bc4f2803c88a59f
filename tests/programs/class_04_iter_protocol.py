# Iteration protocol on user classes: __iter__/__next__ raising StopIteration, __getitem__ fallback, iter()/next().
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
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
cd = Countdown(5)
print(list(cd), list(cd), sum(cd), [x * 2 for x in cd], sorted(cd))
for x in Countdown(3):
    print("tick", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5), len(Squares(7)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a = 0
        self.b = 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
print(list(Fib(100)), max(Fib(1000)), list(zip(Fib(10), "abcdefg")))
f = Fib(5)
print(list(f), list(f))
a, b, c = Countdown(3)
print(a, b, c, tuple(Countdown(4)), "-".join(str(x) for x in Countdown(3)))
