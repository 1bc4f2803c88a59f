# Closures keeping state across calls (nonlocal on several names), nested nonlocal, loop late binding, memoizing wrapper.
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return step
nxt = fib_gen()
print([nxt() for _ in range(12)])
def nested_levels():
    level = 0
    def one():
        nonlocal level
        level += 1
        def two():
            nonlocal level
            level += 10
        two()
        return level
    return one
lv = nested_levels()
print(lv(), lv())
fns = []
for i in range(3):
    def f():
        return i
    fns.append(f)
print([g() for g in fns])
def make_fns():
    out = []
    for i in range(3):
        def f(i=i):
            return i * i
        out.append(f)
    return out
print([g() for g in make_fns()])
def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
slow_fib = memoize(slow_fib)
print(slow_fib(90))
