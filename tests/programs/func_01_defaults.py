# Default arguments: evaluated once at def time (mutable default pitfall), None idiom, defaults referencing globals.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2), append_safe(3, [0]))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5), counter)
def power(base, exp=2, mod=None):
    r = base ** exp
    if mod is not None:
        r %= mod
    return r
print(power(3), power(3, 3), power(3, mod=5), power(2, exp=10, mod=1000), power(exp=3, base=4))
def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = r
    return r
print(memo_fib(80), memo_fib(10), memo_fib(1))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def counter_default(d={"calls": 0}):
    d["calls"] += 1
    return d["calls"]
print(counter_default(), counter_default(), counter_default({"calls": 100}), counter_default())
def tup_default(t=(1, 2)):
    t += (3,)
    return t
print(tup_default(), tup_default())
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(a=0, c=1, z=2))
k = [1]
def uses_k(x=k):
    return x
k.append(2)
k = "rebound"
print(uses_k(), k)
