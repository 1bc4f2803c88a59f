# Binding functions by hand: __get__ on functions, types.MethodType,
# staticmethod/classmethod objects used directly.
import types


def greet(self, greeting="hi"):
    return f"{greeting} from {self.name}"


class Person:
    def __init__(self, name):
        self.name = name


p = Person("ann")
bound = greet.__get__(p, Person)
print(bound(), bound("hey"), type(bound).__name__, bound.__self__ is p, bound.__func__ is greet)
print(greet.__get__(None, Person) is greet)
mt = types.MethodType(greet, p)
print(mt(), mt == bound, mt.__self__ is p)
p.greet = types.MethodType(greet, p)
print(p.greet("yo"))

Person.greet = greet
print(Person("bob").greet(), Person.greet is greet)

sm = staticmethod(lambda a, b: a + b)
cm = classmethod(lambda cls, v: f"{cls.__name__}:{v}")
print(sm.__get__(None, Person)(1, 2), cm.__get__(None, Person)(3), cm.__get__(p)(4))
print(callable(sm), sm(5, 6))
print(type(sm.__func__).__name__, cm.__func__(Person, 7))
Person.add = sm
Person.tag = cm
print(p.add(1, 1), Person.add(2, 2), p.tag("x"), Person.tag("y"))


# A method object's attributes come from its function.
class A:
    def m(self):
        "m doc"
        return 1


a = A()
print(a.m.__name__, a.m.__doc__, a.m.__qualname__, a.m.__module__)
try:
    a.m.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
A.m.extra = "on function"
print(a.m.extra)

# Bound methods compare by self identity and function.
a2 = A()
print(a.m == a.m, a.m == a2.m, hash(a.m) == hash(a.m), a.m != A().m)

# Calling a method through the class with an explicit self of another type.
class B:
    pass


print(A.m(B()), A.m(None))
try:
    A.m()
except TypeError as e:
    print("TypeError:", e)

# classmethod over a classmethod-like chain and staticmethod of a class.
class C:
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def util():
        return "util"

    helper = staticmethod(len)


class D(C):
    pass


print(type(D.create()).__name__, D.util(), D().util(), C.helper([1, 2]), D().helper("abc"))
print(type(C.__dict__["create"]).__name__, type(C.__dict__["util"]).__name__, C.__dict__["create"].__func__.__name__)
print(isinstance(C.__dict__["util"], staticmethod), C.__dict__["util"].__wrapped__ is C.util)
