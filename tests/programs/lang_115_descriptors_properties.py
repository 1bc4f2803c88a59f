# Descriptors: typed fields with __set_name__, cached properties, class attributes.


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")


class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Item:
    name = Typed(str, "unnamed")
    qty = Typed(int, 0)
    computed = 0

    def __init__(self, name=None, qty=None):
        if name is not None:
            self.name = name
        if qty is not None:
            self.qty = qty

    @cached
    def label(self):
        """Expensive label."""
        Item.computed += 1
        return f"{self.name} x{self.qty}"

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @staticmethod
    def describe():
        return "an item"


it = Item("bolt", 5)
print(it.name, it.qty, Item().name, Item().qty)
print(it.label, it.label, Item.computed, "label" in vars(it))
it.qty = 9
print(it.label, Item.computed)
del it.label
print(it.label, Item.computed)
for bad in [("qty", "nine"), ("name", 3)]:
    try:
        setattr(it, *bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del it.qty
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Item.name).__name__, Item.name.name, Item.qty.private, Item.label.__doc__)
p = Item.from_pair(("nut", 2))
print(p.name, p.qty, Item.describe(), p.describe(), sorted(vars(p)))


class Temperature:
    def __init__(self, c):
        self._c = c

    def _get_f(self):
        return self._c * 9 / 5 + 32

    def _set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="degrees F")

    @property
    def celsius(self):
        return self._c


t = Temperature(100)
print(t.fahrenheit, Temperature.fahrenheit.__doc__)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
