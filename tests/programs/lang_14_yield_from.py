# yield from: delegation, return values, send/throw passthrough, nested delegation.
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o1"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "after throw"
    finally:
        print("sub finally")
def deleg():
    yield from sub()
    yield "deleg end"
d = deleg()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))
d2 = deleg()
next(d2)
d2.close()
print("closed d2")
def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right
t = tree(3)
items = []
while True:
    try:
        items.append(next(t))
    except StopIteration as e:
        print(len(items), "leaves counted", e.value)
        break
def from_iter():
    r = yield from [1, 2]
    return r
g3 = from_iter()
print(list(g3))
def val_gen():
    return (yield from val_inner())
def val_inner():
    return StopIteration("not raised")
    yield
try:
    next(val_gen())
except StopIteration as e:
    print(type(e.value).__name__, e.value)
def send_to_list():
    yield from [1, 2, 3]
s = send_to_list()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def driver():
    result = yield from accum()
    yield "final %d" % result
dd = driver()
next(dd)
for v in (5, 10, 20):
    print(dd.send(v))
print(dd.send(None))
