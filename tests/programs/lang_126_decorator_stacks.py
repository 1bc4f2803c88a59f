# Decorators with arguments, stacking order, class decorators and method wrappers.
order = []


def trace(label):
    def deco(fn):
        order.append(f"decorate {label} {fn.__name__}")

        def wrapper(*a, **k):
            order.append(f"enter {label}")
            try:
                return fn(*a, **k)
            finally:
                order.append(f"exit {label}")
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco


def retry(times, on=(ValueError,)):
    def deco(fn):
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt, **k)
                except on as e:
                    last = e
                    order.append(f"retry {attempt}: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco


@trace("outer")
@trace("inner")
def add(a, b):
    order.append("body")
    return a + b


print(add(2, 3))
print(order)
order.clear()


@retry(3)
def flaky(x, attempt):
    if attempt < 3:
        raise ValueError(f"not yet {x}")
    return x * attempt


print(flaky(5), order)
order.clear()


@retry(2, on=(KeyError,))
def always_fails(attempt):
    raise KeyError(attempt)


try:
    always_fails()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
print(order)


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.cls = cls
    return get


@singleton
@add_repr
class Config:
    def __init__(self, env="dev"):
        self.env = env


c1, c2 = Config("prod"), Config("test")
print(c1, c1 is c2, Config.cls.__name__)


class Service:
    @trace("method")
    def handle(self, req):
        return f"handled {req}"

    @staticmethod
    @trace("static")
    def util(x):
        return x * 2

    @classmethod
    def build(cls):
        return cls()


order.clear()
print(Service.build().handle("r1"), Service.util(4), order[-4:])
print(add.__wrapped__.__wrapped__(10, 20), add.__name__)
