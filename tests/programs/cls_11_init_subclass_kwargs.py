# __init_subclass__: keyword arguments, chaining with super(), registries.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin, name="a", priority=2):
    pass


class Beta(Plugin):
    pass


class Gamma(Alpha, priority=9):
    pass


print(sorted(Plugin.registry), Gamma.plugin_name, Gamma.priority, Alpha.priority)
print(sorted((c.priority, n) for n, c in Plugin.registry.items()))

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoKw:
    pass


try:
    class Bad2(NoKw, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Base:
    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__()


class Both(Mixin, Base, extra=1):
    pass


# It is an implicit classmethod; not called for the class that defines it.
class Root:
    seen = []

    def __init_subclass__(cls):
        Root.seen.append(cls.__name__)


class Child(Root):
    pass


class Grand(Child):
    pass


print(Root.seen, type(Root.__dict__["__init_subclass__"]).__name__)


# Validation in __init_subclass__.
class Shape:
    def __init_subclass__(cls):
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")


class Square(Shape):
    def area(self):
        return 4


try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
print("Blob" in globals(), Square().area())

# type() with kwargs reaches __init_subclass__ too.
D = type("D", (Plugin,), {}, name="dyn")
print(D.plugin_name, "dyn" in Plugin.registry)
