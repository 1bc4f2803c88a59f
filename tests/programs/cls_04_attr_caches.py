# Attribute caches stay right while classes and instances change under
# them: the same code sites run before and after each change.


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


def read(o):
    return o.n


def call(o):
    return o.get()


def write(o, v):
    o.n = v


objs = [C(i) for i in range(3)]
print([read(o) for o in objs], [call(o) for o in objs])

# A method replaced on the class.
C.get = lambda self: -self.n
print([call(o) for o in objs])

# An instance attribute shadows a method; only on that instance.
objs[1].get = lambda: "shadow"
print([call(o) for o in objs])

# A data descriptor added later wins over the instance value.
C.n = property(lambda self: "prop")
print([read(o) for o in objs])
try:
    write(objs[0], 5)
except AttributeError:
    print("AttributeError: no setter")
del C.n
print([read(o) for o in objs])
write(objs[0], 7)
print(read(objs[0]), vars(objs[0]))

# A base class changed after the subclass's sites were warmed.
class Base:
    def who(self):
        return "base"


class Derived(Base):
    pass


def who(o):
    return o.who()


d = Derived()
print(who(d), who(d))
Base.who = lambda self: "patched base"
print(who(d))
Derived.who = lambda self: "derived"
print(who(d))
del Derived.who
print(who(d))

# Instances whose attributes come in another order, get deleted, or
# outgrow the shared keys.
class P:
    pass


def get_x(o):
    return o.x


a = P(); a.x = 1; a.y = 2
b = P(); b.y = 3; b.x = 4
c = P(); c.x = 5; c.y = 6; del c.x
print(get_x(a), get_x(b), vars(a), vars(b), vars(c))
try:
    get_x(c)
except AttributeError as e:
    print("AttributeError:", e)
c.x = 7
print(get_x(c), vars(c))
many = P()
for i in range(40):
    setattr(many, "a%d" % i, i)
many.x = "many"
print(get_x(many), len(vars(many)), list(vars(many))[:3], list(vars(many))[-2:])
name = "".join(["x"])
e = P()
setattr(e, name, "runtime name")
print(get_x(e), getattr(e, name), hasattr(e, "".join(["y"])))

# __getattr__ runs only when the attribute is missing.
class G:
    def __init__(self):
        self.there = 1

    def __getattr__(self, name):
        return "fallback " + name


def there(o):
    return o.there


g = G()
print(there(g), there(g))
del g.there
print(there(g))

# __class__ assignment moves the instance's values.
class Q:
    def get(self):
        return "Q.get"


o = C(10)
print(call(o), read(o))
o.__class__ = Q
print(call(o), read(o), vars(o))

# __dict__ used directly keeps the caches right.
p = C(1)
print(read(p))
p.__dict__["n"] = 99
print(read(p), call(p))
p.__dict__ = {"n": 100}
print(read(p))

# __setattr__ and __getattribute__ overrides see every access.
class Loud(C):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattribute__(self, name):
        if name == "n":
            return "intercepted"
        return object.__getattribute__(self, name)


l = Loud(3)
write(l, 4)
print(read(l), object.__getattribute__(l, "n"))

# Slots and builtin subclasses go through the same sites.
class S:
    __slots__ = ("n",)

    def __init__(self):
        self.n = "slot"


class L(list):
    def __init__(self):
        self.n = "list sub"


print(read(S()), read(L()))
s = S()
write(s, "slot 2")
print(read(s))
