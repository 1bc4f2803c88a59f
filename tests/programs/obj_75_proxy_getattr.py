# Proxies built on __getattr__, __setattr__ and __delattr__.
class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
r = Recorder(p)
print(r.x, r.y, r.norm1())
r.x = 10
print(p.x, r.norm1())
del r.y
print(hasattr(p, "y"), hasattr(r, "y"))
print(r._log)
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Defaults:
    known = "class attr"

    def __init__(self):
        self.inst = "instance attr"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


d = Defaults()
print(d.known, d.inst, d.opt_color, getattr(d, "opt_x"), getattr(d, "zzz", "dflt"))
try:
    d.zzz
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: Frozen is immutable")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

    def __repr__(self):
        return f"Frozen({self.a}, {self.b})"


f = Frozen(1, 2)
print(f)
for action in (lambda: setattr(f, "a", 5), lambda: delattr(f, "b"), lambda: setattr(f, "c", 0)):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


cfg = AttrDict(host="h", port=80)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, sorted(cfg))
del cfg.port
print(sorted(cfg.items()), cfg.keys is not None)
try:
    del cfg.port
except AttributeError as e:
    print(type(e).__name__, e)
