# Decorators written by hand (no functools): metadata copying, arguments, class decorators, stacking.
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco


state = {"n": 0}


@counted
@retry(3, exceptions=(ValueError,))
def flaky(limit):
    """Succeeds on the third call."""
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return "done"


print(flaky(3), flaky.calls, flaky.__name__, flaky.__doc__, flaky.__wrapped__.__wrapped__.__name__)
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError", e, flaky.calls)


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


REG = {}


@register(REG)
class Alpha:
    pass


@register(REG)
class Beta(Alpha):
    pass


print(sorted(REG), REG["beta"].__mro__[1].__name__)


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, "b"))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(*a)


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache), type(fib).__name__)


class Service:
    @Memo
    def double(n):
        return n * 2


print(Service().double(4), Service.double.cache)
order = []


def trace(tag):
    order.append(f"factory {tag}")

    def deco(fn):
        order.append(f"apply {tag}")
        return fn
    return deco


@trace("outer")
@trace("inner")
def traced():
    pass


print(order)
print((lambda f: f)(lambda: "identity")(), (decorated := counted(len))("abc"), decorated.calls)
