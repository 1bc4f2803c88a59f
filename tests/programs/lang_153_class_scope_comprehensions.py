# Class bodies: which names comprehensions, lambdas and methods can see; __class__ cell; __set_name__.
x = "module x"


class Scopes:
    x = "class x"
    items = [1, 2, 3]
    first = [x for _ in range(1)]
    from_iter = [v for v in items]
    lam = (lambda: x)()

    def method(self):
        return x

    @staticmethod
    def cell():
        return __class__.__name__


print(Scopes.first, Scopes.from_iter, Scopes.lam, Scopes().method(), Scopes.cell())
try:
    class Broken:
        y = 5
        ys = [y + i for i in range(2)]
except NameError as e:
    print("NameError", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        return f"{self.owner}.{self.name}"


class Model:
    title = Field()
    body = Field()


print(Model().title, Model.body)


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class A(Base, tag="a"):
    pass


class B(A):
    pass


print(Base.registry, B.tag)
try:
    class C(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  prepare", name, sorted(kw))
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)


class Ordered(metaclass=Meta, flag=True):
    zeta = 1
    alpha = 2

    def mid(self):
        pass


print(Ordered.order, Ordered.injected)


def factory(n):
    class Local:
        size = n

        def get(self):
            return n * 2
    return Local


L5 = factory(5)
print(L5.size, L5().get(), L5.__qualname__, L5.__name__)


class Outer:
    class Inner:
        class Deep:
            pass


print(Outer.Inner.Deep.__qualname__, Outer.Inner.__qualname__)


class WithSlots:
    __slots__ = ("a",)
    b = [c for c in "xy"]


print(WithSlots.b, WithSlots.__slots__)
try:
    exec("class E:\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
