# Class attribute access through the metaclass: descriptors (get, set, delete),
# __getattribute__ and __getattr__ on the metaclass, and __set_name__ for
# attributes a metaclass adds.
class D:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class Meta(type):
    d = D()
class C(metaclass=Meta):
    pass
print(C.d)
try:
    C().d
except AttributeError as e: print(e)
class WithDelete:
    def __get__(s, o, t): return 1
    def __set__(s, o, v): print("set", v)
    def __delete__(s, o): print("delete")
class H:
    a = WithDelete()
h = H()
h.a = 5; del h.a; print(h.a)
class Meta2(type):
    @property
    def p(cls): return "mp"
    @p.deleter
    def p(cls): print("deleting meta property")
class K(metaclass=Meta2): pass
del K.p
try:
    del K.nonexist
except AttributeError as e: print(e)
class SN:
    def __set_name__(self, owner, name): print("sn", owner.__name__, name)
class Meta3(type):
    def __new__(m, name, bases, ns):
        ns['auto'] = SN()
        return super().__new__(m, name, bases, ns)
class Q(metaclass=Meta3): pass
print(type(Q).__name__, vars(Q)['auto'].__class__.__name__)
print(getattr(C, '__call__')().__class__.__name__)
class GetattrMeta(type):
    def __getattribute__(cls, name):
        if name == "magic": return 42
        return super().__getattribute__(name)
class G(metaclass=GetattrMeta): x = 1
print(G.magic, G.x)
try:
    G.nothing
except AttributeError as e: print(e)
class CountMeta(type):
    n = 0
    def __getattr__(cls, name):
        CountMeta.n += 1
        return name * 2
class CM(metaclass=CountMeta): pass
print(CM.ab, CountMeta.n, type.__getattribute__(CM, "__name__"))
try:
    type.__getattribute__(CM, "zz")
except AttributeError as e: print(e)
class Both(type):
    def __getattribute__(cls, name):
        print("  ga", name)
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return "fallback " + name
class B2(metaclass=Both): v = 1
print(B2.v, B2.missing)
