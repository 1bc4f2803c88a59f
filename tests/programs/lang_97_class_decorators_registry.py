# Class hierarchy with a registry decorator, closures and properties.
REGISTRY = {}


def register(kind):
    def deco(cls):
        REGISTRY[kind] = cls
        cls.kind = kind
        return cls
    return deco


def logged(method):
    calls = []

    def wrapper(self, *args, **kwargs):
        calls.append((method.__name__, args, tuple(sorted(kwargs.items()))))
        return method(self, *args, **kwargs)
    wrapper.calls = calls
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class Shape:
    kind = "abstract"

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __repr__(self):
        return f"<{self.kind} {self.name} area={self.area():.2f}>"

    def __lt__(self, other):
        return self.area() < other.area()


@register("rect")
class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    @logged
    def scale(self, k, *, keep_h=False):
        """Scale in place."""
        self.w *= k
        if not keep_h:
            self.h *= k
        return self

    def area(self):
        return self.w * self.h


@register("square")
class Square(Rect):
    def __init__(self, name, s):
        super().__init__(name, s, s)

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, v):
        if v < 0:
            raise ValueError("negative side")
        self.w = self.h = v


@register("circle")
class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def make(kind, *args):
    return REGISTRY[kind](*args)


shapes = [make("rect", "a", 2, 3), make("square", "b", 2), make("circle", "c", 1)]
shapes[0].scale(2)
shapes[1].scale(3, keep_h=True)
print(sorted(shapes))
print(Rect.scale.calls)
print(Rect.scale.__name__, Rect.scale.__doc__)
print(sorted(REGISTRY))
print([c.__name__ for c in Square.__mro__])
sq = make("square", "d", 4)
sq.side = 5
print(sq, sq.side)
try:
    sq.side = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Shape("x").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    make("hexagon", 1)
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(sq, Rect), issubclass(Circle, Rect), Square.kind, Shape.kind)
