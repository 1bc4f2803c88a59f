# A metaclass may override mro(); it's used when the class is created
# and again when its bases change.
class Reversed(type):
    def mro(cls):
        default = super().mro()
        print("mro() called for", cls.__name__)
        return [default[0]] + list(reversed(default[1:-1])) + [object]


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A, B, metaclass=Reversed):
    pass


print([k.__name__ for k in C.__mro__], C().who())
print([k.__name__ for k in C.mro()])
print([k.__name__ for k in type.mro(C)])


class D(C):
    pass


print([k.__name__ for k in D.__mro__], D().who())
C.__bases__ = (B, A)
print([k.__name__ for k in C.__mro__], C().who(), [k.__name__ for k in D.__mro__])


# mro() adding a mixin that isn't a base.
class Extra:
    def extra(self):
        return "from Extra"


class WithExtra(type):
    def mro(cls):
        m = super().mro()
        if Extra not in m:
            m.insert(-1, Extra)
        return m


class E(metaclass=WithExtra):
    pass


print([k.__name__ for k in E.__mro__], E().extra(), isinstance(E(), Extra), issubclass(E, Extra))


class BadMro(type):
    def mro(cls):
        return [cls, 42]


try:
    class F(metaclass=BadMro):
        pass
except TypeError as e:
    print("TypeError:", e)


class Raising(type):
    def mro(cls):
        if getattr(cls, "_fail", False):
            raise ValueError("no mro for you")
        return super().mro()


class G(B, metaclass=Raising):
    pass


G._fail = True
try:
    G.__bases__ = (A,)
except ValueError as e:
    print("ValueError:", e)
print([k.__name__ for k in G.__mro__], G.__bases__)
