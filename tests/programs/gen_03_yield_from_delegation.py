# yield from: values, return values, send/throw/close forwarded to the subgenerator, plain iterables.
def reader(name, lines):
    count = 0
    try:
        for line in lines:
            cmd = yield f"{name}:{line}"
            if cmd == "skip":
                print("  skipping rest of", name)
                break
            count += 1
    except KeyError as e:
        print("  reader", name, "handled", repr(e))
        yield f"{name}:recovered"
    finally:
        print("  close", name)
    return count


def pipeline():
    a = yield from reader("a", ["1", "2"])
    b = yield from reader("b", ["x", "y", "z"])
    tail = yield from ("t1", "t2")
    print("  totals", a, b, tail)
    return a + b


p = pipeline()
print(next(p), p.send(None), next(p))
print(p.send(None), p.send("skip"))
print(next(p))
try:
    next(p)
except StopIteration as e:
    print("result", e.value)

q = pipeline()
next(q)
print(q.throw(KeyError("missing")))
print(next(q))
q.close()
print(q.gi_frame is None)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def wrap():
    yield from Countdown(3)
    got = yield from []
    print("  empty yield from gives", got)


print(list(wrap()))


def inner_raises():
    yield 1
    raise ValueError("inner boom")


def outer():
    try:
        yield from inner_raises()
    except ValueError as e:
        yield f"outer caught {e}"


print(list(outer()))


def echo():
    while True:
        try:
            v = yield
        except GeneratorExit:
            print("  echo closing")
            raise
        print("  echo", v)


def relay():
    yield from echo()


r = relay()
next(r)
r.send("one")
r.send("two")
r.close()


class Sub:
    def __iter__(self):
        return self

    def __next__(self):
        return "sub"

    def throw(self, *args):
        print("  Sub.throw", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
        raise StopIteration("from throw")


def uses_sub():
    res = yield from Sub()
    yield f"after sub: {res}"


u = uses_sub()
print(next(u), u.throw(IndexError))
