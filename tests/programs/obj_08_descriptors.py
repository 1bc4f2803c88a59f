# Data vs non-data descriptors and lookup precedence against instance __dict__.
class NonData:
    def __get__(self, obj, owner):
        return "nondata(%s)" % ("inst" if obj is not None else owner.__name__)
class Data:
    def __get__(self, obj, owner):
        return "data(%s)" % ("inst" if obj is not None else owner.__name__)
    def __set__(self, obj, value):
        obj.__dict__["_data_store"] = value
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = "stored " + str(value)
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
c = C()
print(c.nd, c.d, C.nd, C.d)
c.__dict__["nd"] = "instance wins"
c.__dict__["d"] = "instance loses"
print(c.nd, c.d)
c.d = 5
print(c.__dict__["_data_store"])
c.so = 1
print(c.so, type(C.__dict__["so"]).__name__)
class Validated:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)
        print("deleted", self.name)
class Person:
    name = Validated(str)
    age = Validated(int)
p = Person()
p.name = "Ann"
p.age = 30
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
def plain(self, x):
    return ("plain", x)
bound = plain.__get__(c, C)
print(bound(1), type(bound).__name__, plain.__get__(None, C) is plain)
class WithFunc:
    f = plain
    l = lambda self: "lambda bound"
print(WithFunc().f(2), WithFunc().l(), WithFunc.f(0, 3))
print(hasattr(property(), "__set__"), hasattr(staticmethod(plain), "__set__"), hasattr(plain, "__get__"))
cm = classmethod(plain)
print(cm.__get__(None, C)(9))
sm = staticmethod(plain)
print(sm.__get__(None, C)(1, 2))
class Meta(type):
    attr = Data()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr)
class Count:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, owner):
        self.n += 1
        return self.n
class UsesCount:
    hits = Count()
u = UsesCount()
print(u.hits, u.hits, UsesCount.hits)
class DescOnInstance:
    pass
di = DescOnInstance()
di.attr = NonData()
print(type(di.attr).__name__)
