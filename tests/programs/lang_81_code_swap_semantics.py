# __code__ assignment: running frames keep their code, defaults and closures stay with the function.
def f(n):
    if n == 0:
        f.__code__ = g.__code__
        return "f body finished after swap"
    return f(n - 1)
def g(n):
    return "g body " + str(n)
print(f(2))
print(f(5))

def with_defaults(a, b=10, *, c=100):
    return ("old", a, b, c)
def other(a, b=0, *, c=0):
    return ("new", a, b, c)
with_defaults.__code__ = other.__code__
print(with_defaults(1), with_defaults(1, 2, c=3))
print(with_defaults.__defaults__, with_defaults.__kwdefaults__)

def make(v):
    def inner():
        return ("first", v)
    return inner
def make2(w):
    def inner2():
        return ("second", w)
    return inner2
a = make(1)
b = make2(2)
a.__code__ = b.__code__
print(a(), a.__name__, a.__code__.co_name, a.__code__.co_freevars)

def counter():
    yield 1
    yield 2
gen_before = counter()
def plain():
    return "plain"
counter.__code__ = plain.__code__
print(list(gen_before), counter())

try:
    del f.__code__
except TypeError as e:
    print("TypeError:", e)
try:
    plain.__code__ = a.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    a.__code__ = plain.__code__
except ValueError as e:
    print("ValueError:", e)

# The same code object shared by two functions.
def one():
    return 1
def two():
    return 2
two.__code__ = one.__code__
print(two(), two.__code__ is one.__code__, two.__name__)

# A lambda's code into a def and back.
sq = lambda x: x * x
def cube(x):
    return x * x * x
saved = cube.__code__
cube.__code__ = sq.__code__
print(cube(3), cube.__code__.co_name)
cube.__code__ = saved
print(cube(3))
