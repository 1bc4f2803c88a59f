# __getattr__, __getattribute__, __setattr__, __delattr__ and the builtins getattr/setattr/hasattr/delattr.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError("no " + name)
d = Dyn()
print(d.real, d.x_abc, getattr(d, "x_q"), hasattr(d, "x_z"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)
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
    def method(self):
        return "m"
L = Logged()
L.a = 1
L.a
L.method()
del L.a
print(L.log)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError("frozen: cannot set %r" % n)
    def __delattr__(self, n):
        raise AttributeError("frozen: cannot delete %r" % n)
f = Frozen(3)
for action in (lambda: setattr(f, "v", 4), lambda: delattr(f, "v")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.v)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Fallback().boom, Fallback().other)
class Obj:
    cls_attr = "c"
o = Obj()
setattr(o, "dyn", 10)
print(o.dyn, getattr(o, "cls_attr"), hasattr(o, "dyn"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
for call in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5),
             lambda: setattr(o, 5, 1), lambda: hasattr(o, None), lambda: getattr(5, "real", 0, 1),
             lambda: (1).no_attr, lambda: "s".missing, lambda: Obj.missing, lambda: None.x, lambda: setattr(1, "x", 2)]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
setattr(o, "with space", 1)
print(getattr(o, "with space"), sorted(vars(o)))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
pl = Proxy([3, 1, 2])
pl.sort()
print(pl._target, pl.count(1), pl.__class__.__name__)
try:
    len(pl)
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Raises(), "x")
except KeyError as e:
    print("hasattr propagates", repr(e))
print(getattr(Obj, "__name__"), getattr(int, "from_bytes")(b"\x01\x00", "big"))
