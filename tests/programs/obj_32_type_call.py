# type(name, bases, ns): building classes dynamically, and type()'s errors.
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, Point.__qualname__, Point.__module__, p.norm())
print(type(p) is Point, isinstance(p, object), Point.__bases__, Point.__base__)
Sub = type("Sub", (Point,), {"z": 1, "__doc__": "a sub"})
print(Sub.__mro__ == (Sub, Point, object), Sub.__doc__, Sub().z, Sub().x)
print(type(Sub), type(type), type(object), type(type(type)))
print(type(1), type("s"), type(None), type(...), type(NotImplemented))
for args in [(), (1, 2), ("A", 1, {}), ("A", (), 1), (1, (), {}), ("A", (1,), {}), ("A", (int, str), {})]:
    try:
        type(*args)
        print(args, "ok")
    except TypeError as e:
        print(len(args), "TypeError:", e)
try:
    type("A", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
C = type("C", (object,), dict(__slots__=("a",)))
c = C()
c.a = 5
print(c.a, hasattr(c, "__dict__"))
try:
    c.b = 1
except AttributeError as e:
    print("AttributeError:", e)
ns = {"counter": 0}
def bump(self):
    type(self).counter += 1
    return type(self).counter
ns["bump"] = bump
K = type("K", (), ns)
k1, k2 = K(), K()
print(k1.bump(), k2.bump(), K.counter, "counter" in K.__dict__, ns["counter"])
print(type.__name__, type.__qualname__, type.__module__, object.__module__, int.__module__)
print(type.__base__, type.__mro__, object.__bases__, object.__base__)
print(isinstance(type, type), isinstance(object, type), issubclass(type, object))
