# Class creation protocol: class keywords, __prepare__, metaclass selection and conflicts, __init_subclass__, __set_name__, __class_getitem__, __subclasses__, __slots__.
log = []
def func_meta(name, bases, ns, **kw):
    log.append(("func_meta", name, bases, sorted(ns), kw))
    return 42
class F(metaclass=func_meta, x=1):
    a = 1
print(F, log)
class Ns(dict):
    def __setitem__(self, k, v):
        log.append(("set", k))
        super().__setitem__(k, v)
class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Ns()
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, dict(ns))
class UsesNs(metaclass=PM):
    x = 1
    def m(self):
        return __class__
print([e for e in log if e[0] == "set"], UsesNs().m() is UsesNs)
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class X(metaclass=BadPrep):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M1(type):
    pass
class M2(M1):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
class C(A, B):
    pass
print(type(C).__name__)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("T", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    seen = []
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.seen.append((cls.__name__, tag))
class S1(Base, tag="one"):
    pass
class S2(S1):
    pass
T = type("T", (Base,), {})
print(Base.seen, [c.__name__ for c in Base.__subclasses__()], S1.__subclasses__())
try:
    class S3(Base, tag="x", bogus=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name
class Holder:
    n = Named()
print(Holder.n.where)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G["a"], G.__class_getitem__(3))
class Sl:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2
    def b(self):
        return self.__b
s = Sl()
print(s.a, s.b(), sorted(k for k in Sl.__dict__ if not k.startswith("__")), repr(Sl.a))
del s.a
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Sl):
    __slots__ = ("c",)
sub = Sub()
sub.c = 3
print(sub.a, sub.c, hasattr(sub, "__dict__"))
class Free(Sl):
    pass
fr = Free()
fr.z = 9
print(vars(fr), fr.a)
class TupSlots(tuple):
    __slots__ = ()
print(TupSlots((1, 2)), len(TupSlots((1, 2))))
try:
    class Bad(Sl):
        __slots__ = ("__dict__", "__dict__")
except TypeError as e:
    print(type(e).__name__, e)
