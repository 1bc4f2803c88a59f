# TypeError messages for bad calls: too many/missing positional args, unexpected/duplicate keyword, not callable.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
num = 5
text = "str"
nothing = None
class K:
    def m(self, x):
        return x
    def __init__(self, v):
        self.v = v
cases = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: num(),
    lambda: text(1),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: [1] + (2,),
    lambda: -"s",
    lambda: {}[[]],
    lambda: sum(["a", "b"]),
    lambda: sorted([3, "a"]),
    lambda: 1 < "x",
    lambda: [] > 0,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
print(f(1, 2), g(1, c=2), h(), K(3).m(4), K(5).v)
print(callable(f), callable(K), callable(K(1).m), callable(5), callable("s"), callable(len))
