# __setattr__ / __delattr__ overrides: frozen objects, validation, tracking.
class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field '{name}'")

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"


f = Frozen(1, 2)
print(f)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: setattr(f, "z", 0)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f)


class Tracked:
    def __init__(self):
        self.changes = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)


t = Tracked()
t.value = 3
t.other = "o"
del t.other
print(t.changes, sorted(vars(t)))
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Typed:
    types = {"n": int, "s": str}

    def __setattr__(self, name, value):
        want = self.types.get(name)
        if want is not None and not isinstance(value, want):
            raise TypeError(f"{name} must be {want.__name__}, got {type(value).__name__}")
        object.__setattr__(self, name, value)


ty = Typed()
ty.n = 3
ty.s = "x"
ty.free = [1]
try:
    ty.n = "3"
except TypeError as e:
    print("TypeError:", e)
print(ty.n, ty.s, ty.free)
setattr(ty, "n", 10)
print(getattr(ty, "n"))


# Augmented assignment goes through __getattribute__ then __setattr__.
class Aug:
    def __init__(self):
        object.__setattr__(self, "v", 1)

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


a = Aug()
a.v += 5
a.v *= 2
print(a.v)

# Setting instance attributes on builtins.
for obj in (1, "s", [], object()):
    try:
        obj.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:
    object.__setattr__(1, "real", 5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(ty, 3, 4)
except TypeError as e:
    print("TypeError:", e)
