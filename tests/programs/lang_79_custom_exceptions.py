# Custom exception classes: args, __str__/__repr__, extra attributes, hierarchies, raising in __init__.
class AppError(Exception):
    """Base of the application's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key
class Invalid(AppError):
    def __init__(self, field, reason="bad"):
        self.field = field
        self.reason = reason
        super().__init__(field, reason)
    def __str__(self):
        return "%s is %s" % (self.field, self.reason)
class Silent(AppError):
    pass

for exc in [NotFound("k1"), Invalid("age"), Invalid("name", "empty"), Silent(), Silent("with", "args"), AppError()]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)

try:
    raise NotFound("user:7")
except AppError as e:
    print("caught as AppError:", e, e.key, isinstance(e, NotFound))

print(AppError.__doc__, NotFound.__mro__[1].__name__, issubclass(Invalid, Exception))

class WithRepr(Exception):
    def __repr__(self):
        return "<WithRepr %s>" % (self.args,)
print(repr(WithRepr(1, 2)), str(WithRepr(1, 2)), str(WithRepr("one")))

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuperInit(1, 2)
print(e.total, e.args, str(e))

class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(KwOnly(code=5).args, KwOnly(code=5).code)

class Multi(KeyError, ValueError):
    pass
try:
    raise Multi("both")
except ValueError as e:
    print("caught Multi as ValueError:", repr(e), str(e))

class FailingInit(Exception):
    def __init__(self):
        raise RuntimeError("cannot construct")
try:
    raise FailingInit
except RuntimeError as e:
    print("RuntimeError:", e)

class Counter(Exception):
    count = 0
    def __init__(self, *args):
        Counter.count += 1
        super().__init__(*args)
for _ in range(3):
    try:
        raise Counter
    except Counter:
        pass
print(Counter.count)

e = AppError("a", "b")
e.args = ("replaced",)
print(str(e), e.args)
e.extra = {"detail": True}
print(e.extra, sorted(vars(e)))
class Notes(Exception):
    pass
n = Notes("base")
n.add_note("first note")
n.add_note("second note")
print(n.__notes__)
try:
    n.add_note(5)
except TypeError as err:
    print("TypeError:", err)
print(str(Exception()), repr(Exception()), repr(Exception("x", 1)), str(Exception("x", 1)))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
