# Metaclasses: __new__, __init__, __prepare__, __call__, inheritance of metaclass, metaclass conflicts.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = kw.get("extra", None)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst
class Thing(metaclass=Meta, extra=42):
    def __init__(self, v):
        self.v = v
t = Thing(7)
print(log)
print(type(Thing).__name__, Thing.injected, Thing.extra, t.v, t.created_by_meta)
class Sub(Thing):
    pass
print(type(Sub).__name__, Sub.extra, log[-1])
class Ordered(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]
        return cls
class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
print(Record.fields)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self):
        self.n = 0
c1 = Conf(); c1.n = 5
print(Conf().n, Conf() is c1)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Child(P1, P2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), type(Dyn).__name__)
Dyn2 = Meta("Dyn2", (), {})
print(type(Dyn2).__name__, log[-2:])
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
try:
    type("X", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X")
except TypeError as e:
    print(type(e).__name__, e)
print(type(3).__name__, type("x") is str)
class WithRepr(type):
    def __repr__(cls):
        return "<custom class %s>" % cls.__name__
    def __len__(cls):
        return 99
    def __getitem__(cls, k):
        return (cls.__name__, k)
class R(metaclass=WithRepr): pass
print(repr(R), len(R), R["key"])
