# Special methods are looked up on the type: setting them on an instance
# changes nothing, setting them on the class changes every instance.
class Box:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return 1

    def __repr__(self):
        return f"Box({self.v})"


b = Box(5)
b.__len__ = lambda: 99
b.__repr__ = lambda: "instance repr"
print(len(b), repr(b), b.__len__(), b.__repr__())
b.__add__ = lambda other: "added"
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
print(b.__add__(1))
Box.__add__ = lambda self, other: Box(self.v + other)
print(b + 1, Box(1) + 2)
Box.__len__ = lambda self: self.v
print(len(b), len(Box(0)), bool(Box(0)))
Box.__repr__ = lambda self: "<box>"
print(repr(b), str(b), [b])
b.__call__ = lambda: "called"
print(callable(b))
try:
    b()
except TypeError as e:
    print(type(e).__name__, e)
Box.__call__ = lambda self, *a: ("class call", a)
print(callable(b), b(1, 2))
del Box.__call__
print(callable(b))
b.__iter__ = lambda: iter([1, 2])
try:
    list(b)
except TypeError as e:
    print(type(e).__name__, e)
Box.__iter__ = lambda self: iter(range(self.v))
print(list(b))
b.__eq__ = lambda o: True
print(b == Box(5), b == b)
Box.__eq__ = lambda self, o: isinstance(o, Box) and self.v == o.v
Box.__hash__ = lambda self: hash(self.v)
print(b == Box(5), len({b, Box(5), Box(6)}))
b.__enter__ = lambda: "x"
try:
    with b:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
Box.__enter__ = lambda self: self.v
Box.__exit__ = lambda self, *a: None
with b as got:
    print("entered", got)
del Box.__len__
print(bool(b))
Box.__bool__ = lambda self: False
print(bool(b), "truthy" if b else "falsy")
Box.__neg__ = lambda self: Box(-self.v)
Box.__getitem__ = lambda self, k: k * self.v
print(-b, b[3], b["ab"])
del Box.__add__
try:
    b + 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(Box) if k.startswith("__") and k.endswith("__") and k not in ("__module__", "__dict__", "__weakref__", "__doc__")))
