# Assigning f.__code__ swaps the body a function runs (CPython's func_set_code).
def f():
    return "original"
def g():
    return "replacement"
f.__code__ = g.__code__
print(f(), f.__name__, f.__code__.co_name)
def two(a, b):
    return a + b
def swap_args(a, b):
    return b - a
two.__code__ = swap_args.__code__
print(two(1, 10))
def closure_maker():
    x = 1
    def inner():
        return x
    return inner
inner = closure_maker()
try:
    f.__code__ = inner.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    f.__code__ = "not code"
except TypeError as e:
    print("TypeError:", e)
def gen_body():
    yield "from generator code"
def plain():
    return "plain"
plain.__code__ = gen_body.__code__
print(type(plain()).__name__, list(plain()))
