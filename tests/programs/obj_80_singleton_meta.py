# Metaclass __call__: singletons, instance caching and construction hooks.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env
        self.values = {}


a = Config("prod")
b = Config("test")
print(a is b, a.env, b.env)
a.values["k"] = 1
print(Config().values)


class Logger(metaclass=Singleton):
    pass


print(Logger() is Logger(), Logger() is Config(), len(Singleton._instances))


class Interned(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            setattr(cls, "_cache", cache)
        if key not in cache:
            obj = cls.__new__(cls)
            obj.__init__(key)
            cache[key] = obj
        return cache[key]


class Symbol(metaclass=Interned):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Symbol(%s)" % self.name


x1, x2, y = Symbol("x"), Symbol("x"), Symbol("y")
print(x1 is x2, x1 is y, sorted(Symbol._cache), x1)


class Counting(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        cls.made = getattr(cls, "made", 0) + 1
        obj.serial = cls.made
        return obj


class Widget(metaclass=Counting):
    def __init__(self, label):
        self.label = label


ws = [Widget(c) for c in "abc"]
print([(w.label, w.serial) for w in ws], Widget.made)


class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f"{cls.__name__} cannot be instantiated")


class Namespace(metaclass=NoInstances):
    PI = 3.14159

    @staticmethod
    def double(v):
        return 2 * v


print(Namespace.PI, Namespace.double(4))
try:
    Namespace()
except TypeError as e:
    print(type(e).__name__, e)


class ReturnsOther(type):
    def __call__(cls, *a):
        return list(a)


class Weird(metaclass=ReturnsOther):
    def __init__(self):
        print("never")


print(Weird(1, 2), type(Weird(3)).__name__)


class NewReturnsOther:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, v):
        print("init", v)
        self.v = v


print(NewReturnsOther(-1), NewReturnsOther(2).v)
