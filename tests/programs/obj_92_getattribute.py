# __getattribute__ overrides: access counting, private-name guards, and
# the interplay with __getattr__ and object.__getattribute__.
class Audited:
    def __init__(self):
        object.__setattr__(self, "_hits", {})
        self.a = 1
        self.b = 2

    def __getattribute__(self, name):
        if not name.startswith("_"):
            hits = object.__getattribute__(self, "_hits")
            hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)

    def total(self):
        return self.a + self.b


x = Audited()
print(x.a, x.b, x.a, x.total())
print(sorted(x._hits.items()))
print(getattr(x, "a"), hasattr(x, "zz"), sorted(x._hits.items()))


class Guarded:
    def __init__(self, secret):
        self._secret = secret
        self.public = "visible"

    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"{name} is private")
        return super().__getattribute__(name)

    def reveal(self):
        return object.__getattribute__(self, "_secret")


g = Guarded("s3cret")
print(g.public, g.reveal(), type(g).__name__)
try:
    g._secret
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, "_secret", "hidden"), vars(g)["_secret"])


class WithFallback:
    x = 10

    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("x blocked")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback({name})"


w = WithFallback()
print(w.x, w.y, WithFallback.x)


class Upper:
    def __init__(self):
        self.name = "ada"

    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper()
print(u.name, u.__dict__, u.__class__.__name__)


class Virtual:
    def __getattribute__(self, name):
        if name == "__len__":
            return lambda: 1000
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3


v = Virtual()
print(len(v), v.__len__())


class Broken:
    def __getattribute__(self, name):
        raise ValueError("no access to " + name)


try:
    Broken().anything
except ValueError as e:
    print(type(e).__name__, e)
try:
    hasattr(Broken(), "x")
except ValueError as e:
    print(type(e).__name__, e)
print(type(Broken()).__name__)
