# Nested functions: closures over parameters, factories, recursion inside closures, counters.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter
c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())

def outer_recursive(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(outer_recursive(10))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))

def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str)
print(repr(p(4)))

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return add
    add.items = items
    return add
acc = accumulate()
acc(1)(2)(3)
print(acc.items)

def levels():
    a = "a"
    def l1():
        b = "b"
        def l2():
            c = "c"
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(levels()()()())
print(levels()()().__code__.co_freevars, levels()().__code__.co_freevars, levels().__code__.co_cellvars)

def shared_cells():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared_cells()
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0])

def closures_in_loop():
    result = []
    for i in range(3):
        def f(i=i):
            return i
        def g():
            return i
        result.append((f, g))
    return [(f(), g()) for f, g in result]
print(closures_in_loop())

def generator_factory(limit):
    def gen():
        for i in range(limit):
            yield i * limit
    return gen
print(list(generator_factory(3)()))

def class_factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value + base_value
    return Made
print(class_factory(5)().get(), class_factory(1).__qualname__)

def default_captures():
    x = 1
    def f(y=x):
        return y
    x = 2
    return f(), (lambda: x)()
print(default_captures())
