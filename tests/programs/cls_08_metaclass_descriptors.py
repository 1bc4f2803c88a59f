# Descriptors and properties on metaclasses: class-level attributes.
class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"

    def describe(cls):
        return f"{cls.__name__} -> {cls.table}"

    registry_count = 0


class User(metaclass=Meta):
    pass


class Order(User):
    table_override = "x"


print(User.table, Order.table, User.describe(), Order.describe())
print(hasattr(User(), "table"), hasattr(User(), "describe"))
try:
    User.table = "people"
except AttributeError as e:
    print("AttributeError:", e)
print(User.registry_count, type(User).registry_count)


# A data descriptor on the metaclass beats the class's own dict.
class Counted:
    def __get__(self, cls, meta):
        if cls is None:
            return self
        return f"meta-data {cls.__name__}"

    def __set__(self, cls, value):
        print("meta set", cls.__name__, value)


class Meta2(type):
    info = Counted()


class K(metaclass=Meta2):
    info = "class dict value"


print(K.info)
K.info = 10
print(K.__dict__["info"], K().info)


# A non-data descriptor on the metaclass loses to the class dict.
class Plain:
    def __get__(self, cls, meta):
        return "meta nondata"


class Meta3(type):
    label = Plain()
    other = Plain()


class Z(metaclass=Meta3):
    label = "class wins"


print(Z.label, Z.other)
try:
    Z().other
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ on the metaclass: fallback for class attributes only.
class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{cls.__name__} has no {name}")


class Api(metaclass=Lazy):
    real = 1


print(Api.real, Api.get_thing())
try:
    Api.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Api().get_thing
except AttributeError as e:
    print("AttributeError:", e)
