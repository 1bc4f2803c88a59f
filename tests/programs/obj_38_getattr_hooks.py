# __getattr__ vs __getattribute__, __setattr__/__delattr__ hooks, AttributeError fallbacks.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("computed_"):
            value = len(name)
            setattr(self, name, value)
            return value
        raise AttributeError("no %s here" % name)
l = Lazy()
print(l.real, l.computed_abc, "computed_abc" in vars(l))
try:
    l.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(l, "other", "default"), hasattr(l, "other"), hasattr(l, "computed_x"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
g = Logged()
g.x = 1
g.x
del g.x
try:
    g.x
except AttributeError as e:
    print("AttributeError:", e)
print(g.log)
class PropFallback:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(PropFallback().broken)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
b = Both()
b.x = 5
print(b.x, b.special, b.nothing)
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
class Target:
    pass
t = Target()
px = Proxy(t)
px.value = 10
print(t.value, px.value, sorted(vars(px)))
for bad in [1, None, b"x"]:
    try:
        getattr(t, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    setattr(t, 2, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
