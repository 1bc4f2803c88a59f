def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# property, staticmethod, classmethod, super, object, bool, NotImplemented, Ellipsis
class C:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        'the v'
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def k(cls, a):
        return cls.__name__, a
c = C()
c.v = 5
print(c.v, C.v.__doc__, C.s(1), c.s(2), C.k(3), c.k(4))
print(type(C.__dict__['v']).__name__, type(C.__dict__['s']).__name__, type(C.__dict__['k']).__name__)
print(C.__dict__['s'].__func__(9), C.__dict__['k'].__func__(C, 8))
p = property(lambda self: 42)
show('prop no setter', lambda: p.__set__(c, 1))
show('prop no deleter', lambda: p.__delete__(c))
def delv():
    del c.v
show('del v', delv)
class D(C):
    def __init__(self):
        super().__init__()
        self.extra = super().s(10)
print(D().extra, D().v, super(D, D()).k(1))
print(object().__class__.__name__, type(object.__init__).__name__, object.__name__)
show('object attr', lambda: setattr(object(), 'a', 1))
print(bool(0), bool(''), bool([1]), bool(None), bool(0.0), bool(1j), True + True, True & False, ~True, -True)
print(repr(NotImplemented), repr(Ellipsis), Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
print(bool(type('E', (), {'__len__': lambda s: 0})()), bool(type('B', (), {'__bool__': lambda s: False})()))
class BadBool:
    def __bool__(self):
        return 1
show('bad bool', lambda: bool(BadBool()))
class BadLen:
    def __len__(self):
        return -5
show('bad len bool', lambda: bool(BadLen()))
print(int.__mro__, bool.__mro__, type(None).__name__)
show('bool subclass', lambda: type('X', (bool,), {}))
show('NoneType()', lambda: type(None)(1))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
