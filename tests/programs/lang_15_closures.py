# Closures: cell sharing, late binding, closures over loop variables, __closure__, default args evaluated once.
def make_pair():
    shared = []
    def push(x):
        shared.append(x)
        return len(shared)
    def peek():
        return list(shared)
    return push, peek
push, peek = make_pair()
push(1); push(2)
print(peek())
def make_acc(start):
    def acc(n):
        nonlocal start
        start += n
        return start
    return acc
a1, a2 = make_acc(0), make_acc(100)
print(a1(5), a1(5), a2(1), a1(0))
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
def bind_now():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return out
print([f() for f in bind_now()])
def cell_info():
    x = 1
    y = "two"
    def inner():
        return x, y
    return inner
inner = cell_info()
print(len(inner.__closure__), sorted(repr(c.cell_contents) for c in inner.__closure__))
print(inner.__code__.co_freevars)
def no_closure():
    return 1
print(no_closure.__closure__)
def default_once(x, seen=[]):
    seen.append(x)
    return seen
print(default_once(1), default_once(2), default_once.__defaults__)
import_count = [0]
def side():
    import_count[0] += 1
    return import_count[0]
def uses_default(v=side()):
    return v
print(uses_default(), uses_default(), import_count)
def deep():
    level = 0
    def a():
        def b():
            def c():
                return level + 1
            return c()
        return b()
    level = 41
    return a()
print(deep())
def modify_after():
    v = "before"
    def get():
        return v
    v = "after"
    return get()
print(modify_after())
def gen_closure():
    total = 0
    def g():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return g, lambda: total
g, peek_total = gen_closure()
print(list(g()), peek_total())
class Holder:
    value = 10
    def getter(self):
        return lambda: self.value
h = Holder()
f = h.getter()
h.value = 20
print(f())
def outer_del():
    x = 1
    def inner():
        return x
    del x
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer_del())
