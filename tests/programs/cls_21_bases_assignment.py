# Reassigning __bases__: methods, caches, subclasses and the checks.
class Quiet:
    def speak(self):
        return "..."

    volume = 1


class Loud:
    def speak(self):
        return "HELLO"

    volume = 11


class Speaker(Quiet):
    def talk(self):
        return f"{self.speak()} (volume {self.volume})"


class Child(Speaker):
    pass


s, c = Speaker(), Child()
for _ in range(3):  # warm any attribute caches
    s.talk(), c.talk()
print(s.talk(), c.talk(), Speaker.volume)
Speaker.__bases__ = (Loud,)
print(s.talk(), c.talk(), Speaker.volume, Child.volume)
print([k.__name__ for k in Speaker.__mro__], [k.__name__ for k in Child.__mro__])
print(isinstance(s, Loud), isinstance(s, Quiet), issubclass(Child, Loud), issubclass(Child, Quiet))
print(Speaker.__base__.__name__, [k.__name__ for k in Loud.__subclasses__()], Quiet.__subclasses__())

# Several bases, then back.
Speaker.__bases__ = (Quiet, Loud)
print(s.talk(), [k.__name__ for k in Child.__mro__])
Speaker.__bases__ = (Loud, Quiet)
print(s.talk(), Speaker.__bases__ == (Loud, Quiet))


# super() follows the new MRO.
class Base1:
    def hello(self):
        return "Base1"


class Base2:
    def hello(self):
        return "Base2"


class Greeter(Base1):
    def hello(self):
        return "Greeter>" + super().hello()


g = Greeter()
print(g.hello())
Greeter.__bases__ = (Base2,)
print(g.hello())


def attempt(cls, value):
    try:
        cls.__bases__ = value
        print("ok", [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)


attempt(Speaker, [Quiet])
attempt(Speaker, ())
attempt(Speaker, (Quiet, 3))
attempt(Speaker, (Child,))
attempt(Speaker, (Speaker,))
attempt(Speaker, (Quiet, Quiet))
attempt(Speaker, (int,))
attempt(Speaker, (dict,))
attempt(int, (object,))
attempt(object, ())


class X(Quiet, Loud):
    pass


attempt(Speaker, (Loud, X))  # inconsistent MRO: nothing changes
print([k.__name__ for k in Speaker.__mro__], s.talk())
try:
    del Speaker.__bases__
except TypeError as e:
    print("TypeError:", e)


# Exceptions can move between exception bases.
class AppError(Exception):
    pass


class NotFound(AppError):
    pass


AppError.__bases__ = (LookupError,)
try:
    raise NotFound("missing")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e, [k.__name__ for k in NotFound.__mro__])
attempt(AppError, (object,))
attempt(AppError, (KeyError, ValueError))


# Slots must match.
class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


class T(S1):
    __slots__ = ()


t = T()
t.a = 5
attempt(T, (S2,))
print(t.a)
attempt(T, (S3,))
