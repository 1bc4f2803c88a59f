# assert statements and lambda expressions.
def check(v):
    assert v, "falsy value: %r" % (v,)
    return v
for v in [1, "x", [0]]:
    print(check(v))
for v in [0, "", []]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (False, "tuple is truthy")
    print("a non-empty tuple always passes")
except AssertionError:
    print("no")
class Custom:
    def __bool__(self):
        return False
try:
    assert Custom(), {"detail": 1}
except AssertionError as e:
    print(e.args[0])

sq = lambda x: x * x
print(sq(4), sq.__name__, (lambda: None)())
add = lambda a, b=10, *rest, k=1, **kw: a + b + sum(rest) + k + sum(kw.values())
print(add(1), add(1, 2, 3, 4, k=5, z=6))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] + p[1], zip([1, 2], [10, 20]))))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x + y))(3)(4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print((lambda: (yield 1))().__class__.__name__, list((lambda: (yield 1))()))
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([cond(v) for v in (-2, 0, 2)])
print((lambda x, /, y: x - y)(10, y=3))
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
print(type(lambda: 0).__name__, (lambda: 0).__qualname__, callable(lambda: 0))
key_fn = lambda item: (item[1], item[0])
print(sorted({"a": 2, "b": 1, "c": 2}.items(), key=key_fn))
print(max([3, 1, 2], key=lambda v: -v), min("xyz", key=ord))
print([(lambda: i)() for i in range(3)])
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
