# A metaclass that registers classes, validates them and adds methods.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        if "run" not in ns and bases:
            raise TypeError(f"plugin {name} must define run()")
        ns.setdefault("priority", kw.pop("priority", 0))
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.describe = lambda self: f"{name}(priority={self.priority})"

    def __len__(cls):
        return len(cls.registry)

    def __iter__(cls):
        return iter(sorted(cls.registry.values(), key=lambda c: -c.priority))

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    pass


class Upper(Plugin, priority=5):
    def run(self, s):
        return s.upper()


class Reverse(Plugin):
    def run(self, s):
        return s[::-1]


class Exclaim(Plugin, priority=2):
    def run(self, s):
        return s + "!"


print(len(Plugin), sorted(PluginMeta.registry))
print(list(Plugin))
s = "hello"
for cls in Plugin:
    s = cls().run(s)
    print(cls().describe(), s)
print(type(Upper) is PluginMeta, isinstance(Upper, type), Upper.priority, Reverse.priority)
print(repr(Upper), Upper.__name__, type(PluginMeta).__name__)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("broken" in PluginMeta.registry)
Dyn = PluginMeta("Dyn", (Plugin,), {"run": lambda self, s: s * 2})
print(Dyn().run("ab"), len(Plugin), Dyn().describe())


class Meta2(type):
    pass


try:
    class Mixed(Upper, metaclass=Meta2):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class SubMeta(PluginMeta):
    pass


class Later(Plugin, metaclass=SubMeta):
    def run(self, s):
        return s


print(type(Later).__name__, repr(Later), len(Plugin))
print(PluginMeta.__mro__[1:] == (type, object), type.__class__ is type)
