# __getattribute__ overrides: logging, guarding, delegating, and fallback.
class Logged:
    def __init__(self):
        self.x = 1
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x + 1


o = Logged()
print(o.x, o.method(), o.log)


class Private:
    def __init__(self):
        self._secret = 42
        self.public = "ok"

    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"{name} is private")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"


p = Private()
print(p.public, p._secret, p.missing)
print(getattr(p, "_secret", "default"), hasattr(p, "_secret"))


class Boom:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "never reached for KeyError"


try:
    Boom().anything
except KeyError as e:
    print("KeyError", e)
print(type(Boom()).__name__)


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return "getattr saw " + name


print(Prop().broken)


class Wrapper:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name in ("_target", "__class__", "unwrap"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)

    def unwrap(self):
        return self._target


w = Wrapper([3, 1, 2])
w.sort()
print(w.unwrap(), w.count(1), w.__class__.__name__, len(w.unwrap()))
try:
    len(w)
except TypeError as e:
    print("TypeError", e)


class Counter:
    calls = 0

    def __getattribute__(self, name):
        type(self).calls += 1
        return object.__getattribute__(self, name)


c = Counter()
c.a = 5
for _ in range(3):
    c.a
print(Counter.calls)
print(object.__getattribute__(c, "a"))
try:
    object.__getattribute__(c, "zzz")
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__getattribute__(c, 5)
except TypeError as e:
    print("TypeError", e)
