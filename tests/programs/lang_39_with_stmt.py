# Context managers: several items, parenthesized, suppression, exit arguments, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with (CM("p1") as p1,
      CM("p2") as p2,):
    print("parenthesized", p1, p2)

with (CM("single")):
    print("single parenthesized")

with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("boom")
    print("not reached")
print("after suppressed")

try:
    with CM("x"), CM("y", suppress=True), CM("z"):
        raise ValueError("middle swallows")
    print("continued after y swallowed")
except ValueError:
    print("not expected")

def returns_inside():
    with CM("r"):
        return "returned"
print(returns_inside())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)

class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with CM("first"), EnterFails():
        print("no")
except RuntimeError as e:
    print("RuntimeError:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise LookupError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except LookupError as e:
    print("LookupError:", e, "context:", repr(e.__context__))

class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    1 / 0
print("truthy exit value suppresses")

target = {}
with CM("sub") as target["key"]:
    pass
print(target)
with CM("tup") as (first, *rest):
    print(first, rest)
