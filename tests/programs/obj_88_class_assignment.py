# __class__ assignment: state machines by swapping classes, and its limits.
class Connection:
    def __init__(self):
        self.log = []
        self.__class__ = Closed

    def state(self):
        return type(self).__name__


class Closed(Connection):
    def open(self):
        self.log.append("open")
        self.__class__ = Open

    def send(self, data):
        raise RuntimeError("connection closed")


class Open(Connection):
    def open(self):
        raise RuntimeError("already open")

    def send(self, data):
        self.log.append("send " + data)

    def close(self):
        self.log.append("close")
        self.__class__ = Closed


c = Connection()
print(c.state(), isinstance(c, Closed), isinstance(c, Connection))
for step in [lambda: c.send("x"), c.open, lambda: c.open(), lambda: c.send("hi"), lambda: c.close(), lambda: c.send("late")]:
    try:
        step()
        print("ok", c.state())
    except (RuntimeError, AttributeError) as e:
        print(type(e).__name__, e, c.state())
print(c.log, type(c) is Closed, c.__class__.__name__)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def extra(self):
        return self.payload


a = A()
a.payload = 7
a.__class__ = B
print(a.who(), a.extra(), type(a).__name__, vars(a))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = "B"
except TypeError as e:
    print(type(e).__name__, e)


class S1:
    __slots__ = ("v",)


class S2:
    __slots__ = ("v",)


class S3:
    __slots__ = ("w",)


s = S1()
s.v = 1
s.__class__ = S2
print(type(s).__name__, s.v)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = A
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


class OtherList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.__class__ = OtherList
print(ml.total(), type(ml).__name__, ml)
print(object.__class__, type(a).__class__, a.__class__.__class__.__name__)
