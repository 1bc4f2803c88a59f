# __init_subclass__ as a plugin registry, with keyword arguments.
class Handler:
    handlers = {}

    def __init_subclass__(cls, /, command=None, aliases=(), **kw):
        super().__init_subclass__(**kw)
        if command is None:
            command = cls.__name__.lower()
        cls.command = command
        for name in (command, *aliases):
            if name in Handler.handlers:
                raise ValueError(f"duplicate command {name!r}")
            Handler.handlers[name] = cls

    @classmethod
    def dispatch(cls, line):
        cmd, *args = line.split()
        h = cls.handlers.get(cmd)
        if h is None:
            return f"unknown command {cmd!r}"
        return h().handle(*args)


class Add(Handler, command="add", aliases=("plus", "+")):
    def handle(self, *args):
        return sum(int(a) for a in args)


class Echo(Handler):
    def handle(self, *args):
        return " ".join(args)


class Shout(Echo, command="shout"):
    def handle(self, *args):
        return super().handle(*args).upper() + "!"


for line in ["add 1 2 3", "plus 4 5", "+ 1", "echo hi there", "shout hey you", "nope 1"]:
    print(line, "->", Handler.dispatch(line))
print(sorted(Handler.handlers))
print(Shout.command, Echo.command, Add.command)
try:
    class Dup(Handler, command="echo"):
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadKw(Handler, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    subclasses = []

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, cls.__mro__[1].__name__)
        Base.subclasses.append(cls.__name__)
        super().__init_subclass__()


class A(Base):
    pass


class B(A):
    pass


class C(B):
    pass


print(Base.subclasses)
print(type(Base.__dict__["__init_subclass__"]).__name__)


class Tracked:
    def __init_subclass__(cls):
        cls.created_by = "Tracked"


class Mid(Tracked):
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.mid_seen = True


class Leaf(Mid):
    pass


print(Leaf.created_by, Leaf.mid_seen, hasattr(Mid, "mid_seen"), Mid.created_by)
T = type("T", (Base,), {})
print(Base.subclasses[-1], T.__name__)
