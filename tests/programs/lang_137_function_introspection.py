# Function objects: closures, cells, defaults, attributes, code objects and partial by hand.


def partial(fn, *pargs, **pkw):
    def bound(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    bound.func, bound.args, bound.keywords = fn, pargs, pkw
    return bound


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square.args, square.keywords, square.func.__name__)


def make_adder(n):
    def add(x):
        return x + n
    return add


add5 = make_adder(5)
print(add5(1), add5.__closure__[0].cell_contents, add5.__code__.co_freevars, make_adder.__code__.co_cellvars)
print(add5.__name__, add5.__qualname__, power.__defaults__, power.__kwdefaults__)
power.__defaults__ = (3,)
print(power(2), power.__code__.co_argcount, power.__code__.co_kwonlyargcount, power.__code__.co_name)


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter(), counter()
print(counter.calls, sorted(counter.__dict__))


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    composed.__name__ = "∘".join(f.__name__ for f in fns)
    return composed


inc = lambda v: v + 1
inc.__name__ = "inc"
dbl = lambda v: v * 2
dbl.__name__ = "dbl"
f = compose(inc, dbl, inc)
print(f(3), f.__name__, (lambda: 0).__name__, compose.__doc__)


def documented(a: int, b: "note" = 1) -> str:
    """Return a string.

    More text."""
    return str(a + b)


print(documented.__doc__.splitlines()[0], documented.__annotations__, documented.__module__)
print(callable(documented), callable(3), callable(type), callable(documented.__call__))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


m3 = Multiplier(3)
print(list(map(m3, [1, 2, 3])), sorted([-3, 1, -2], key=abs), max(["aa", "b"], key=len))
bound = m3.__call__
print(bound(5), bound.__self__ is m3, bound.__func__ is Multiplier.__call__, type(bound).__name__)
try:
    documented.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
