# Exception objects: args, str, repr, attributes, and subclass behaviour.
for e in (Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError([1, 2]), KeyError("k"), KeyError("a", "b"), KeyError(), IndexError(3)):
    print(repr(e), "|", str(e), "|", e.args)

e = Exception("x")
e.args = ("changed", 1)
print(str(e), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


a = AppError(404, "not found")
print(a.args, str(a), repr(a), a.code)


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


n = NoSuper(5)
print(n.args, repr(n), str(n), n.code)


class NoSuperTwo(Exception):
    def __init__(self, a, b):
        self.total = a + b


n2 = NoSuperTwo(1, 2)
print(n2.args, str(n2), n2.total)


class CustomStr(Exception):
    def __str__(self):
        return "custom message"


try:
    raise CustomStr("ignored")
except CustomStr as ce:
    print(str(ce), repr(ce), ce.args)


class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, "from new")
        return inst

    def __init__(self, *args):
        pass


print(WithNew(1, 2).args)

# OSError and its errno mapping.
o = OSError(2, "No such file")
print(type(o).__name__, o.errno, o.strerror, str(o), o.args)
o3 = OSError(2, "No such file", "x.txt")
print(type(o3).__name__, str(o3), o3.filename)
print(OSError("just text").errno, str(OSError()), repr(OSError(1)))
print(type(FileNotFoundError(2, "x")).__name__, isinstance(OSError(13, "denied"), PermissionError))

# StopIteration.value, SystemExit.code, UnicodeError details.
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("bye").code)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end, ue.reason, ue.object)
ke = KeyError("missing")
print(str(ke), str(KeyError("")), str(KeyError(1, 2)))
# Exceptions compare by identity and are hashable.
x1, x2 = ValueError(1), ValueError(1)
print(x1 == x2, x1 == x1, len({x1, x2}))
# BaseException is not caught by `except Exception`.
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except BaseException as b:
    print("caught", type(b).__name__, repr(b))
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise ValueError from 5
except TypeError as t:
    print("TypeError:", t)
