# Lambdas: defaults, closures, immediately called, in sort keys, nested, varargs.
sq = lambda x: x * x
print(sq(7), sq(-3), sq(1.5))
add = lambda a, b=10, *rest, k=1, **kw: (a + b + sum(rest)) * k + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k=3), add(1, 2, z=1, y=2))
print((lambda: "called")())
print((lambda *a: a)(1, 2, 3), (lambda **k: sorted(k.items()))(b=2, a=1))
adders = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(4)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
f = lambda: None
print(f.__name__, f() is None)
g = lambda x: (yield x)
gen = g(5)
print(type(gen).__name__, next(gen))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-2, 0, 3)])
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sq(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print(type(e).__name__, e)
def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return lambda: (bump(), bump())[-1]
c = make_counter()
print(c(), c(), c())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
print((lambda x, /, y: x - y)(10, y=3))
print(max([(1, "b"), (3, "a"), (2, "c")], key=lambda p: p[1]))
print(min(range(-5, 5), key=lambda v: abs(v - 2)))
print(f.__code__.co_argcount if hasattr(f, "__code__") else "no code", add.__defaults__, add.__kwdefaults__)
