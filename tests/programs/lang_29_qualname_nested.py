# Nested functions and classes: __name__, __qualname__, __module__, __doc__, class body scope rules.
def outer():
    def inner():
        pass
    class Local:
        def method(self):
            pass
    return inner, Local
inner, Local = outer()
print(inner.__name__, inner.__qualname__)
print(Local.__name__, Local.__qualname__, Local.method.__qualname__)
class A:
    class B:
        class C:
            def m(self):
                return "m"
    def f(self):
        def g():
            pass
        return g
print(A.B.C.__qualname__, A.B.C.m.__qualname__, A().f().__qualname__, A.f.__name__)
print(A.__module__, A.f.__module__, (lambda: 0).__qualname__)
def documented():
    """First line.

    More text."""
    return documented.__doc__
print(documented().splitlines()[0], A.__doc__)
class Doc:
    "class doc"
print(Doc.__doc__)
gen = (i for i in [])
print(gen.__name__, gen.__qualname__)
def g():
    yield
print(g().__name__, g().__qualname__)
print([(lambda: 1).__qualname__ for _ in range(1)])
def renamed():
    pass
renamed.__name__ = "new_name"
renamed.__qualname__ = "Qual.new"
print(renamed.__name__, renamed.__qualname__)
try:
    renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        type(self).count += 0
        self.id = Counter.count
Counter(); Counter(); c = Counter()
print(Counter.count, c.id)
class Shadow:
    x = 1
    def get_x(self):
        return x
x = "global x"
print(Shadow().get_x())
class Builder:
    parts = []
    for i in range(3):
        parts.append(i * i)
    del i
print(Builder.parts, hasattr(Builder, "i"))
def func_attrs():
    pass
func_attrs.custom = "attr"
print(func_attrs.custom, sorted(func_attrs.__dict__))
print(callable(func_attrs), type(func_attrs).__name__, type(A.f).__name__, type(A().f).__name__)
bound = A().f
print(bound.__func__ is A.f, type(bound.__self__).__name__, bound.__name__)
print(A.B.__name__, type(A.B).__name__, A.__name__)
