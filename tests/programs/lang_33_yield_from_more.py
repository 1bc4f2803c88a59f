# yield from: delegation of send/throw/close, return values, iterables.
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def outer():
    result = yield from inner()
    print("inner returned", result)
    again = yield from inner()
    return (result, again)

o = outer()
print(next(o))
print(o.send(5), o.send(10))
print(o.send(None))
print(o.send(1))
try:
    o.send(None)
except StopIteration as e:
    print("outer returned", e.value)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def from_iterables():
    yield from "ab"
    yield from range(2)
    yield from (c.upper() for c in "xy")
    yield from {"k": 1}
print(list(from_iterables()))

def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", e)
        yield "sub handled"
    finally:
        print("sub finally")

def delegator():
    try:
        yield from sub()
    except ValueError:
        print("delegator caught ValueError")
        yield "delegator handled"
d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(list(d))

d2 = delegator()
next(d2)
print(d2.throw(ValueError))
d3 = delegator()
next(d3)
d3.close()
print("d3 closed")

def gen_ret(n):
    if False:
        yield
    return n * 2
def collect():
    vals = []
    for i in range(3):
        v = yield from gen_ret(i)
        vals.append(v)
    return vals
c = collect()
try:
    next(c)
except StopIteration as e:
    print("collected", e.value)

class Custom:
    def __iter__(self):
        return iter([10, 20])
def use_custom():
    r = yield from Custom()
    print("custom result", r)
print(list(use_custom()))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "45")))

def depth(n):
    if n == 0:
        return 0
        yield
    r = yield from depth(n - 1)
    return r + 1
dd = depth(50)
try:
    next(dd)
except StopIteration as e:
    print("depth", e.value)
