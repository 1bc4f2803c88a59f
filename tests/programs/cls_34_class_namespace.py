# Class bodies: scoping, __qualname__, __module__, the class __dict__.
x = "global"


class Outer:
    x = "class attr"
    y = x + "!"
    items = [x for _ in range(2)]  # comprehension sees the global
    doubled = [v * 2 for v in (1, 2)]

    def method(self):
        return x  # the global, not the class attribute

    class Inner:
        def deep(self):
            pass

        class Innermost:
            pass

    def make(self):
        class Local:
            pass
        return Local


print(Outer.y, Outer.items, Outer.doubled, Outer().method())
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Innermost.__qualname__)
print(Outer.Inner.deep.__qualname__, Outer().make().__qualname__, Outer.method.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.__name__, Outer.Inner.__name__)

d = Outer.__dict__
print(type(d).__name__, "x" in d, d["x"], sorted(k for k in d if not k.startswith("__")))
try:
    d["new"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
Outer.z = 5
print("z" in d, d.get("z"), len(d) > 5, vars(Outer) is not None)

# Names defined in the class body are not visible in nested scopes...
class Counter:
    count = 0

    def incr(self):
        try:
            return count + 1
        except NameError as e:
            return f"NameError: {e}"


print(Counter().incr())

# ...but a class body can read enclosing function locals.
def factory(tag):
    class Tagged:
        label = tag.upper()

        def get(self):
            return tag
    return Tagged


T = factory("blue")
print(T.label, T().get(), T.__qualname__)


# __qualname__ and __name__ can be changed; __module__ too.
class Renamable:
    pass


Renamable.__name__ = "NewName"
Renamable.__qualname__ = "Some.NewName"
Renamable.__module__ = "elsewhere"
print(Renamable.__name__, Renamable.__qualname__, repr(Renamable))
try:
    Renamable.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    Renamable.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)


# A class body runs once, top to bottom, and can use its own names.
order = []


class Ordered:
    order.append("start")
    a = 1
    b = a + 1
    order.append("end")

    def __init__(self):
        order.append("init")


print(order, Ordered.b)
Ordered()
print(order)

# __doc__, __annotations__ from the body.
class Documented:
    "Class docstring."
    n: int = 3
    s: str


print(Documented.__doc__, Documented.__annotations__, Documented.n, hasattr(Documented, "s"))


class NoDoc:
    pass


print(NoDoc.__doc__, "__annotations__" in NoDoc.__dict__)
# del in a class body
class Deleter:
    temp = 1
    keep = temp + 1
    del temp


print(hasattr(Deleter, "temp"), Deleter.keep)
