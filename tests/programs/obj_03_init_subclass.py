# __init_subclass__, __set_name__, __class_getitem__.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="custom-beta"): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    title = Field()
    count = Field()
m = Model()
print(Model.title.name, Model.title.owner, Model.count.private, m.title)
m.title = "hello"
print(m.title, m._title, sorted(vars(m)))
late = Field()
Model.late = late
print(hasattr(late, "name"))
class Order:
    seen = []
    def __set_name__(self, owner, name):
        Order.seen.append(name)
class Holder:
    b = Order()
    a = Order()
    c = Order()
print(Order.seen)
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print(Box[int], Box["x"], Box[1, 2] if False else Box[(1, 2)])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Model[int]
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class C1(Counted): pass
class C2(Counted): pass
class C3(C1): pass
print(C1.index, C2.index, C3.index, Counted.subclasses)
class ErrName:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class UsesErr:
        attr = ErrName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
