# Class bodies: scoping, __class__ cell, zero-argument super, __set_name__, nested classes.
x = "module x"
class A:
    x = "class x"
    y = x + "!"
    def f(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
    def get_class(self):
        return __class__
print(A.y, A().f(), A().lam(), A.comp, A().get_class() is A)

class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    def hello(self):
        return "Child+" + super().hello()
    @classmethod
    def make(cls):
        return "child:" + super().make()
class Grand(Child):
    def hello(self):
        return "Grand+" + super().hello()
print(Grand().hello(), Grand.make(), Child.make())

def outside_super():
    try:
        super()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(outside_super())

class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name, Holder.first.owner)

class Outer:
    value = 1
    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)
    def method(self):
        return self.Inner.seen
print(Outer().method(), Outer.Inner.__qualname__)

def factory(n):
    class Local:
        size = n
        def get(self):
            return self.size * n
    return Local
L3 = factory(3)
print(L3().get(), L3.__qualname__, factory(4)().get())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_at_creation = self.count
for _ in range(3):
    c = Counter()
print(Counter.count, c.count_at_creation)

class Shadow:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    try:
        nested = [[i for i in items] for _ in range(1)]
    except NameError as e:
        nested = "NameError: " + str(e)
print(Shadow.total, Shadow.doubled, Shadow.nested)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)

class WithDoc:
    "The docstring."
    __slots__ = ()
print(WithDoc.__doc__, WithDoc.__module__, WithDoc.__name__)

class Ordering:
    b = 1
    a = 2
    def z(self): pass
    def m(self): pass
print([k for k in Ordering.__dict__ if not k.startswith("__")])
class Empty: pass
print(Empty.__bases__, Empty.__mro__[-1].__name__, type(Empty()).__name__)
