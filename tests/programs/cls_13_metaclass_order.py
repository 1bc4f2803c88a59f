# The order of metaclass hooks: __prepare__, body, __new__, __set_name__,
# __init_subclass__, __init__, then __call__ for instances.
log = []


class Descr:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {"injected": True}

    def __new__(mcs, name, bases, ns, **kw):
        log.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(f"call {cls.__name__} {args}")
        inst = super().__call__(*args, **kwargs)
        log.append("call done")
        return inst


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")


class Thing(Base, flavour="x"):
    log.append("body")
    d = Descr()

    def __init__(self, v):
        log.append(f"Thing.__init__ {v}")


print(Thing.injected)
t = Thing(5)
for line in log:
    print(line)
log.clear()


# __call__ can skip __init__ or return something else entirely.
class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            type.__setattr__(cls, "_cache", cache)
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]


class Token(metaclass=Cached):
    made = 0

    def __init__(self, key):
        Token.made += 1
        self.key = key


a, b, c = Token("a"), Token("b"), Token("a")
print(a is c, a is b, Token.made)


# __new__ returning an object of another class: __init__ is skipped.
class Odd:
    def __new__(cls, *args):
        return 42

    def __init__(self, *args):
        print("never")


print(Odd(), type(Odd()).__name__)


class Meta2(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)


class Sub2(metaclass=Meta2):
    pass


class SubSub(Sub2):
    pass


print(Sub2.created_by, SubSub.created_by, type(SubSub).__name__)


# A plain function can be a metaclass.
def func_meta(name, bases, ns):
    ns["tag"] = name.upper()
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.tag, type(F).__name__)
try:
    class Bad(metaclass=lambda *a: 1):
        pass
    print(Bad)
except TypeError as e:
    print("TypeError:", e)
