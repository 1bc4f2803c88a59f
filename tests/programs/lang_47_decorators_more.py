# Decorators: stacking order, arguments, class decorators, decorators returning non-functions.
order = []
def trace(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        def wrapper(*a, **k):
            order.append("call " + label)
            return fn(*a, **k)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b
print(order)
order.clear()
print(add(1, 2), order, add.__name__, add.__wrapped__.__name__)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha:
    pass
@register(REG)
class Beta(Alpha):
    pass
print(sorted(REG), REG["Beta"].__mro__[1].__name__)

def to_value(fn):
    return fn()
@to_value
def computed():
    return 42
print(computed, type(computed).__name__)

def counted(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)

registry = []
@registry.append
def hook():
    return "hook ran"
print(hook, registry[0]())

@(lambda f: f.__name__.upper())
def lowercase():
    pass
print(lowercase)

decorators = [lambda f: (lambda: "first:" + f()), lambda f: (lambda: "second:" + f())]
@decorators[0]
@decorators[1]
def base():
    return "base"
print(base())

class Validator:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __call__(self, x):
        if x < 0:
            raise ValueError("negative")
        return self.fn(x)
@Validator
def root(x):
    "square root"
    return x ** 0.5
print(root(16), root.__doc__, type(root).__name__)
try:
    root(-1)
except ValueError as e:
    print("ValueError:", e)

class Meta:
    @staticmethod
    @counted
    def st(x):
        return x * 2
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    def prop(self):
        return "prop value"
print(Meta.st(4), Meta.cm(), Meta().prop, Meta.st.calls)

def deco_with_state(prefix):
    count = 0
    def deco(fn):
        def w():
            nonlocal count
            count += 1
            return "%s%d:%s" % (prefix, count, fn())
        return w
    return deco
@deco_with_state("#")
def tick():
    return "tick"
print(tick(), tick(), tick())

def class_decorator(cls):
    cls.added = "by decorator"
    orig = cls.__init__
    def __init__(self, *a):
        orig(self, *a)
        self.decorated = True
    cls.__init__ = __init__
    return cls
@class_decorator
class Point:
    def __init__(self, x):
        self.x = x
p = Point(3)
print(p.x, p.decorated, Point.added)
try:
    @undefined_decorator
    def never():
        pass
except NameError as e:
    print("NameError:", e)
