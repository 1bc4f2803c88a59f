# Function attributes: __module__, __doc__ and __annotations__ are
# descriptors of the function type, __dict__ holds only what the user set.


def f(x: int) -> str:
    "doc of f"
    return str(x)


f.a = 1
print(f.__module__, f.__doc__, f.__annotations__)
print(f.__dict__, vars(f))

g = lambda: 0
print(g.__dict__, g.__module__, g.__annotations__, g.__doc__)
g.__doc__ = "hi"
g.__module__ = "elsewhere"
print(g.__doc__, g.__module__, g.__dict__)
del g.__doc__
del g.__annotations__
del g.__module__
print(g.__doc__, g.__annotations__, g.__module__)
try:
    g.__annotations__ = 3
except TypeError as e:
    print("TypeError:", e)
g.__annotations__ = {"return": int}
print(g.__annotations__)

kind = type(f)
print(kind.__module__, kind.__name__, repr(kind))
print(type(kind.__dict__["__doc__"]).__name__, type(kind.__dict__["__module__"]).__name__)
print(type(kind.__dict__["__annotations__"]).__name__)


class C:
    def m(self):
        "doc of m"

    def n(self):
        pass


print(C.m.__doc__, C.m.__module__, C().m.__doc__, C.n.__doc__)


def outer():
    def inner(a, b=2) -> None:
        "inner doc"
    return inner


fs = [outer() for _ in range(3)]
fs[0].tag = "first"
print([getattr(h, "tag", None) for h in fs], [h.__doc__ for h in fs])
print(fs[1].__annotations__ is fs[2].__annotations__, fs[0].__qualname__)


def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    wrapper.__dict__.update(fn.__dict__)
    return wrapper


f.extra = [1, 2]
w = deco(f)
print(w.__doc__, w.__name__, sorted(w.__dict__), w(5))
