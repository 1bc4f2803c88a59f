# nonlocal and global state: counters, accumulators, closures in loops.
total = 0
calls = []


def bump(n):
    global total
    total += n
    calls.append(n)
    return total


def make_counter(start=0, step=1):
    value = start

    def incr():
        nonlocal value
        value += step
        return value

    def reset(to=start):
        nonlocal value
        old, value = value, to
        return old

    def peek():
        return value
    return incr, reset, peek


incr, reset, peek = make_counter(10, 5)
print(incr(), incr(), peek(), reset(), peek(), incr())

for i in range(1, 5):
    bump(i * i)
print(total, calls)


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x


print(outer())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])


def fresh_cells():
    out = []
    for i in range(3):
        def cell(i=i):
            def get():
                return i
            return get
        out.append(cell())
    return [g() for g in out]


print(fresh_cells())


def unbound_local():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)


unbound_local()


def free_before_assign():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return inner()


print(free_before_assign())

g = {"__builtins__": __builtins__}
exec("def f():\n    global counter\n    counter = counter + 1 if 'counter' in globals() else 1\n    return counter", g)
print(g["f"](), g["f"](), g["f"](), g["counter"])
print("counter" in globals())


def generator_closure():
    count = 0

    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return list(gen()), count


print(generator_closure())
