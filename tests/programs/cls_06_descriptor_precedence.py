# Data vs non-data descriptor precedence against the instance dict.
class NonData:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        if obj is None:
            return f"<NonData {self.tag} on class {owner.__name__}>"
        return f"nondata:{self.tag}"


class Data(NonData):
    def __set__(self, obj, value):
        obj.__dict__["_" + self.tag] = value

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return ("data", obj.__dict__.get("_" + self.tag))


class OnlyDelete:
    def __get__(self, obj, owner=None):
        return "od-get"

    def __delete__(self, obj):
        print("deleting through descriptor")


class C:
    nd = NonData("nd")
    d = Data("d")
    od = OnlyDelete()


c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
del c.__dict__["nd"]
print(c.nd)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "shadow attempt"
print(c.d)
print(isinstance(C.d, Data), type(C.__dict__["d"]).__name__)
print(c.od)
try:
    c.od = 1
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["od"] = "hidden"
print(c.od)
del c.od
print(vars(c))

# Functions are non-data descriptors: an instance attribute shadows a method.
class M:
    def hello(self):
        return "method"

m = M()
print(m.hello())
m.hello = lambda: "instance lambda"
print(m.hello())
del m.hello
print(m.hello())

# property is a data descriptor even without a setter.
class P:
    @property
    def x(self):
        return "prop"

p = P()
p.__dict__["x"] = "dict"
print(p.x)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)

# Descriptor on a class attribute found via the MRO.
class Base:
    d = Data("base")

class Derived(Base):
    pass

dd = Derived()
dd.d = "via base"
print(dd.d, sorted(vars(dd)))
# Assigning a descriptor later takes effect immediately.
Derived.nd = NonData("late")
print(dd.nd)
Derived.nd = 42
print(dd.nd)
