# Dynamic attributes: __getattr__, __getattribute__, __setattr__, __dir__, proxies.


class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda default=None: self._fields.get(key, default)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)


r = Record(a=1, b="two")
print(r.a, r.b, r.get_a(), r.get_zz("dflt"))
r.c = 3
del r.a
print(dir(r), r._log, hasattr(r, "a"), getattr(r, "a", "missing"))
try:
    r.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "hits", {})

    def __getattribute__(self, name):
        if name in ("target", "hits", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        hits = object.__getattribute__(self, "hits")
        hits[name] = hits.get(name, 0) + 1
        return getattr(object.__getattribute__(self, "target"), name)

    def __len__(self):
        return len(self.target)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.count(1), sorted(p.hits.items()), len(p))
try:
    p.missing_method
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(1, 2)
print(f.x, f.y)
for attempt in [lambda: setattr(f, "x", 5), lambda: setattr(f, "z", 1), lambda: delattr(f, "y")]:
    try:
        attempt()
        print("allowed", f.x, hasattr(f, "y"))
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(f, "x"), setattr.__name__, vars(Record(q=1)).keys() if False else "ok")
try:
    vars(f)
except TypeError as e:
    print(type(e).__name__, e)
