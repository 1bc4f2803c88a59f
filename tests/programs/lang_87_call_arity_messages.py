# TypeError messages of calls to Python functions and methods (CPython counts self for methods).
class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def k(cls, a):
        return a
def f(a, b=1, *, c):
    pass
def g(*, only):
    pass
def h(a, /, b):
    pass
tests = [
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: C.k(1, 2),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, c=2, d=3),
    lambda: f(1, a=2, c=3),
    lambda: g(1),
    lambda: g(),
    lambda: h(a=1, b=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
