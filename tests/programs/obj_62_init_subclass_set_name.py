# __init_subclass__ with keywords, __set_name__ order, and __class_getitem__.
registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin, name="alpha-plugin"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(registry, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
order = []
class Field:
    def __set_name__(self, owner, name):
        order.append((owner.__name__, name))
        self.name = name
class Model:
    first = Field()
    second = Field()
    third = Field()
print(order, Model.second.name)
class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
class Box:
    def __class_getitem__(cls, item):
        return "Box[%s]" % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[(1, 2),])
print(list[int], dict[str, int], tuple[int, ...], type[object], list[int] == list[int], list[int].__origin__ is list)
class Meta(type):
    def __getitem__(cls, item):
        return "Meta getitem %r" % (item,)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class getitem"
print(WithMeta[3])
class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1
class A(Base): pass
class B(A): pass
class C(B): pass
print(A.depth, B.depth, C.depth)
