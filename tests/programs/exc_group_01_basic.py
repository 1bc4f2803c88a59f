# ExceptionGroup / BaseExceptionGroup construction, fields, str/repr, errors.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message, type(eg.exceptions).__name__)
print(eg.args, eg.exceptions is eg.exceptions)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))

# BaseExceptionGroup picks ExceptionGroup when every member is an Exception.
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), SystemExit(2)])).__name__)
print(type(BaseExceptionGroup("x", [BaseExceptionGroup("y", [KeyboardInterrupt()])])).__name__)

# Construction errors.
cases = [
    ("msg", []),
    ("msg", ()),
    ("msg", [1]),
    ("msg", [ValueError(), "no"]),
    (1, [ValueError()]),
    (None, [ValueError()]),
    ("msg", ValueError()),
    ("msg", {ValueError()}),
    ("msg", {1: ValueError()}),
    ("msg", None),
    ("msg",),
    (),
    ("a", [ValueError()], 3),
]
for args in cases:
    try:
        ExceptionGroup(*args)
        print("ok", args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for cls in (ExceptionGroup, BaseExceptionGroup):
    try:
        cls("x", [KeyboardInterrupt()])
        print(cls.__name__, "ok")
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
try:
    ExceptionGroup("a", [ValueError()], extra=1)
except TypeError as e:
    print(type(e).__name__, e)

# A generator of exceptions is not a sequence; a str message subclass is fine.
try:
    ExceptionGroup("gen", (e for e in [ValueError()]))
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(repr(ExceptionGroup(S("sub"), [ValueError()]).message))

# Read-only fields.
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(attr, type(e).__name__, e)

# args are the constructor's; str/repr after changing args.
eg.args = ("changed",)
print(repr(eg), str(eg), eg.message)

# Subclasses.
class MyEG(ExceptionGroup):
    def __new__(cls, msg, excs, code=0):
        return super().__new__(cls, msg, excs)
    def __init__(self, msg, excs, code=0):
        super().__init__(msg, excs)
        self.code = code
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
m = MyEG("mine", [ValueError(1), TypeError(2)], code=7)
print(repr(m), str(m), m.code, m.args)
print(repr(m.subgroup(ValueError)), m.subgroup(ValueError).code)
class Plain(BaseExceptionGroup):
    pass
p = Plain("p", [ValueError()])
print(type(p).__name__, type(p.derive([KeyboardInterrupt()])).__name__)
class Bad(Exception, BaseExceptionGroup):
    pass
try:
    Bad("b", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(type(Bad("b", [ValueError()])).__name__)
class WithNew(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
w = WithNew("n", [ValueError()], "E")
print(repr(w), w.extra, w.message)

# Raising and catching a group as a plain exception.
try:
    raise ExceptionGroup("raised", [ValueError("inner")])
except Exception as e:
    print("caught", type(e).__name__, e, e.exceptions[0])
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught base", repr(e))
