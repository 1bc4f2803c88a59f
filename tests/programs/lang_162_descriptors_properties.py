# Descriptors: data vs non-data precedence, property setters/deleters, __set_name__, slots members.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Item:
    name = Typed(str)
    qty = Typed(int)
    label = NonData()

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty

    @property
    def total(self):
        """Quantity times two."""
        return self.qty * 2

    @total.setter
    def total(self, value):
        self.qty = value // 2

    @total.deleter
    def total(self):
        print("  deleting total")
        self.qty = 0


it = Item("bolt", 4)
print(it.name, it.qty, it.total, it.label)
it.label = "instance wins"
print(it.label, vars(it))
it.__dict__["name"] = "shadow"
print(it.name)
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError", e)
it.total = 10
print(it.qty)
del it.total
print(it.qty, Item.total.__doc__, type(Item.__dict__["total"]).__name__, Item.name.kind.__name__)


class ReadOnly:
    @property
    def value(self):
        return 1


r = ReadOnly()
for action in [lambda: setattr(r, "value", 2), lambda: delattr(r, "value")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = Slotted()
print(s.x, type(Slotted.x).__name__, hasattr(s, "y"))
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(Slotted.x.__get__(s), Slotted.x.__name__)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print("  computed", self.name)
        return value


class Report:
    @Lazy
    def heavy(self):
        return sum(range(100))


rep = Report()
print(rep.heavy, rep.heavy, "heavy" in vars(rep))
p = property(lambda self: 5, doc="five")
print(p.__doc__, p.fget(None), p.fset, property().__get__(None, int) is not None)
try:
    property()(1)
except TypeError as e:
    print("TypeError", e)
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError", e)
