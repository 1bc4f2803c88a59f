# Plugin registration with __init_subclass__, __class_getitem__ and class attributes.


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, data):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class Upper(Plugin, priority=5):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, name="rev", priority=10):
    def run(self, data):
        return data[::-1]


class Strip(Plugin, name="strip"):
    def run(self, data):
        return data.strip()


class LoudReverse(Reverse, name="loudrev", priority=1):
    def run(self, data):
        return super().run(data) + "!"


def pipeline(data, names=None):
    plugins = sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name))
    for cls in plugins:
        if names is None or cls.plugin_name in names:
            data = cls().run(data)
            print(f"  after {cls.plugin_name:<8} {data!r}")
    return data


print(sorted(Plugin.registry))
print(pipeline("  hello  "))
print(pipeline("abc", {"upper", "loudrev"}))
print(Plugin[int], Upper["x"], Reverse.priority, LoudReverse.plugin_name, Strip.priority)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("bad" in Plugin.registry)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        ns["fields"] = tuple(k for k in ns if not k.startswith("_"))
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.tag = "made"
        return inst

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class Record(metaclass=Meta):
    a = 1
    b = 2

    def __init__(self, v):
        self.v = v


r = Record(3)
print(Record, type(Record).__name__, Record.created_by, Record.fields, r.v, r.tag)
try:
    Plugin().run("x")
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
