# Metaclasses: __call__ (singleton, counting), __prepare__ namespaces, __new__/__init__ order.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init Config", name)
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)
log = []
class Tracing(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, kw))
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a)
class T(metaclass=Tracing, flag=True):
    x = 1
    def m(self):
        return self.injected
t = T()
for entry in log:
    print(entry)
print(t.m(), T.injected)
class OrderedMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Fields(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3
print(Fields.order)
class Sub(Fields):
    beta = 4
print(Sub.order, type(Sub).__name__)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class C(metaclass=M3): pass
class AC(A, C): pass
print(type(AC).__name__)
print(isinstance(Config, Singleton), issubclass(Singleton, type), Singleton.__mro__)
