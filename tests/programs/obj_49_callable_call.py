# __call__: instances, classes, metaclasses; callable(); dunders set on the instance are ignored.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(callable(len), callable(None), callable("s"), callable(lambda: 0), callable(type), callable(Adder.__call__))
class Plain:
    pass
p = Plain()
p.__call__ = lambda: "instance attribute"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)
Plain.__call__ = lambda self: "class attribute"
print(callable(p), p())
class Meta(type):
    def __call__(cls, *args):
        return ("made by meta", cls.__name__, args)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta(1, 2))
for obj in [1, "s", [1], None, {}]:
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)
class Len:
    pass
l = Len()
l.__len__ = lambda: 5
try:
    len(l)
except TypeError as e:
    print("TypeError:", e)
l.__repr__ = lambda: "instance repr"
print(repr(l).startswith("<__main__.Len object"))
l.__getitem__ = lambda i: i
try:
    l[0]
except TypeError as e:
    print("TypeError:", e)
Len.__getitem__ = lambda self, i: ("class getitem", i)
print(l[7])
class CallChain:
    def __call__(self):
        return self
c = CallChain()
print(c()()() is c)
class StaticCall:
    @staticmethod
    def __call__(x):
        return "static", x
print(StaticCall()(9))
bound = add5.__call__
print(bound(0), type(bound).__name__, bound.__self__ is add5)
print(type(len).__name__, type([].append).__name__, type(add5.__call__).__name__, type(Adder.__call__).__name__)
