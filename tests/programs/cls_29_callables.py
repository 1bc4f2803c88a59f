# Callable objects: __call__ on instances and classes, callable(), and
# how calls are dispatched.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale


double = Multiplier(2)
print(double(5), double(1, 2, 3), double(4, scale=10), callable(double), callable(Multiplier))
print(list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Plain:
    pass


print(callable(Plain()), callable(Plain), callable(len), callable(None), callable("s"))
try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)


class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CallCounter
def add(a, b):
    return a + b


print(add(1, 2), add(b=3, a=4), add.calls, add.__name__, type(add).__name__)


# A callable instance as a method is not bound (no __get__).
class Host:
    helper = CallCounter(lambda *a: a)

    def real(self, *a):
        return a


h = Host()
print(h.helper(1), h.real(1) == (1,), Host.helper.calls)


# A class-based decorator that binds like a function by defining __get__.
class method_logger:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        def bound(*args):
            print(f"  calling {self.func.__name__}{args}")
            return self.func(obj, *args)
        return bound


class Svc:
    @method_logger
    def run(self, x):
        return x * 2


print(Svc().run(21), type(Svc.__dict__["run"]).__name__)

# __call__ looked up on the type.
m = Multiplier(3)
m.__call__ = lambda x: "instance attr"
print(m(2))
Multiplier.__call__ = lambda self, x: f"patched {x}"
print(m(2))


# Calling a class: metaclass __call__ controls it.
class Meta(type):
    def __call__(cls, *args, **kwargs):
        if args and args[0] == "skip":
            return "skipped construction"
        return super().__call__(*args, **kwargs)


class Built(metaclass=Meta):
    def __init__(self, v="default"):
        self.v = v


print(Built("skip"), Built("x").v, Built().v)
# Bound methods are callables with __self__ and __func__.
bm = h.real
print(callable(bm), bm.__self__ is h, bm.__func__ is Host.real, bm(1, 2))
# Builtin bound methods.
app = [].append
print(callable(app), app.__self__, app.__name__, type(app).__name__)
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Multiplier()
except TypeError as e:
    print("TypeError:", e)
