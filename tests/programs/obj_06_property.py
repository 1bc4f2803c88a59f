# property, staticmethod and classmethod: getters/setters/deleters, docs, read-only errors, chaining.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
def getx(self):
    return self._x
def setx(self, v):
    self._x = v
class Classic:
    x = property(getx, setx, None, "the x")
c = Classic()
c.x = 5
print(c.x, Classic.x.__doc__, Classic.x.fget is getx, Classic.x.fdel)
class Util:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
    @classmethod
    def make(cls):
        return cls()
class SubUtil(Util):
    factor = 10
print(Util.add(1, 2), Util().add(3, 4), Util.scaled(2), SubUtil.scaled(2), SubUtil().scaled(1))
print(type(SubUtil.make()).__name__, type(Util.__dict__["add"]).__name__, type(Util.__dict__["scaled"]).__name__)
print(Util.__dict__["add"].__func__(5, 5), Util.__dict__["scaled"].__func__(Util, 1))
print(callable(Util.__dict__["add"]))
print(type(Util.scaled).__name__, Util.scaled.__self__ is Util, Util.add.__name__)
class RO:
    @property
    def value(self):
        return 42
r = RO()
try:
    r.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 1)
p2 = p.setter(lambda self, v: None)
print(p is p2, p2.fset is not None, p.fset)
class Cached:
    calls = 0
    @property
    def expensive(self):
        Cached.calls += 1
        self.__dict__["expensive"] = "value"
        return "value"
cc = Cached()
print(cc.expensive, cc.expensive, Cached.calls)
class Err:
    @property
    def broken(self):
        raise AttributeError("inner attr error")
    def __getattr__(self, name):
        return "fallback " + name
print(Err().broken)
class StaticCall:
    @staticmethod
    def helper():
        return "static"
    val = helper()
print(StaticCall.val)
