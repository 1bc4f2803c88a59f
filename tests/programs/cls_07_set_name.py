# __set_name__: when it's called, with what, and what happens on errors.
class Field:
    def __init__(self, default=None):
        self.default = default
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.owner = owner
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Record:
    first = Field("?")
    second = Field(0)
    alias = first

    def __repr__(self):
        return f"Record({self.first!r}, {self.second!r})"


r = Record()
print(r)
r.first = "a"
r.second = 2
print(r, Record.first.name, Record.alias.name, Record.first is Record.alias)

# Set after class creation: no __set_name__ call.
late = Field()
Record.late = late
print(late.name)
late.__set_name__(Record, "late")
r.late = "now"
print(r.late)

# type() also calls __set_name__.
T = type("T", (), {"f": Field(1), "g": Field(2)})
print(T.f.name, T.g.owner is T, T().g)


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)


try:
    class Broken:
        x = Bad()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
except ValueError as e:
    print("ValueError", e)


class NotCallable:
    __set_name__ = None


try:
    class Other:
        y = NotCallable()
except TypeError as e:
    print("TypeError", e)
except RuntimeError as e:
    print("RuntimeError", e, "|", type(e.__cause__).__name__, e.__cause__)


# __set_name__ on an instance attribute is ignored: only the type's counts.
class Obj:
    pass


o = Obj()
o.__set_name__ = lambda owner, name: print("never")


class Holder:
    thing = o


print("Holder made", Holder.thing is o)
