# Function and class decorators, with and without arguments, stacking order, functools-free wraps.
trace = []
def logged(fn):
    def wrapper(*args, **kwargs):
        trace.append(("call", fn.__name__, args))
        result = fn(*args, **kwargs)
        trace.append(("ret", fn.__name__, result))
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@logged
def add(a, b):
    "Add two things."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(trace)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        fn.labels = getattr(fn, "labels", []) + [label]
        return fn
    return deco
@mark("outer")
@mark("middle")
@mark("inner")
def target():
    pass
print(order, target.labels)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), registry["Beta"].__mro__[1].__name__)
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@add_method("greet", "hello")
@add_method("part", 42)
class Thing:
    pass
t = Thing()
print(t.greet(), t.part())
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
buttons = {}
@(lambda f: buttons.setdefault("lam", f))
def clicked():
    return "clicked!"
print(buttons["lam"](), clicked())
@repeat(2)
@logged
def mul(a, b):
    return a * b
trace.clear()
print(mul(3, 4), len(trace))
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Config:
    pass
print(Config() is Config())
def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)
