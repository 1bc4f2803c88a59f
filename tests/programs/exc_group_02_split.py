# split / subgroup / derive: by type, tuple of types, predicate; nesting;
# what the parts keep from the original (traceback, cause, context, notes).
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]

def show(label, e):
    print(label, repr(e))

v1, t1, v2, k1 = ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k1")
inner = ExceptionGroup("inner", [v2, k1])
eg = ExceptionGroup("outer", [v1, t1, inner])

m, r = eg.split(ValueError)
show("split ValueError:", m)
show("rest:", r)
print([x is y for x, y in zip(leaves(m), [v1, v2])])
m, r = eg.split((TypeError, KeyError))
show("split tuple:", m)
show("rest:", r)
show("split LookupError:", eg.split(LookupError)[0])
show("split Exception (whole):", eg.split(Exception)[0])
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg)
m, r = eg.split(ExceptionGroup)
print(m is eg, r)
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
show("predicate on groups:", m)
show("rest:", r)
m, r = eg.split(lambda e: not isinstance(e, BaseExceptionGroup) and "2" in str(e))
show("predicate on leaves:", m)
show("rest:", r)
def named(e):
    return getattr(e, "args", ("",))[0] in ("v1", "k1")
show("def predicate:", eg.subgroup(named))
show("subgroup TypeError:", eg.subgroup(TypeError))
print("subgroup OSError:", eg.subgroup(OSError))
print("subgroup self:", eg.subgroup(lambda e: True) is eg)
print("subgroup none:", eg.subgroup(lambda e: False))

# Bad matchers.
for bad in [1, "ValueError", int, (ValueError, int), [ValueError], len, None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eg.subgroup()
except TypeError as e:
    print(type(e).__name__, e)
# A predicate that raises stops the split.
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)

# derive keeps the message and the class family, not the metadata.
d = eg.derive([KeyError("d")])
show("derive:", d)
print(type(eg.derive([KeyboardInterrupt()])).__name__, d.__traceback__, d.__cause__)

# Metadata copied to both parts.
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise ExceptionGroup("meta", [ValueError("a"), TypeError("b")]) from KeyError("cause")
except ExceptionGroup as caught:
    e = caught
e.add_note("a note")
m, r = e.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__),
          part.__suppress_context__, part.__notes__, part.__traceback__ is e.__traceback__)
print(m.__notes__ is e.__notes__, m.__notes__ is r.__notes__)
m.__notes__.append("only on m")
print(e.__notes__, m.__notes__)
# The whole-match part is the original object itself.
print(e.split(BaseException)[0] is e)
# Notes that are not a sequence are not copied.
g = ExceptionGroup("n", [ValueError(), TypeError()])
g.__notes__ = 42
print(hasattr(g.split(ValueError)[0], "__notes__"))
g.__notes__ = ("t1", "t2")
print(g.split(ValueError)[0].__notes__)
# A plain group without traceback.
print(ExceptionGroup("x", [ValueError(), TypeError()]).split(ValueError)[0].__traceback__)

# A derive that returns something else.
class Weird(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    Weird("w", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
class Keep(ExceptionGroup):
    def derive(self, excs):
        return Keep(self.message.upper(), excs)
k = Keep("keep", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
show("derive override:", k.split(ValueError)[0])
show("derive override rest:", k.split(ValueError)[1])

# BaseExceptionGroup parts become ExceptionGroups when they can.
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("x"), SystemExit(1)])
m, r = b.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

# Deep nesting.
deep = ValueError("leaf")
for i in range(50):
    deep = ExceptionGroup(f"level{i}", [deep, TypeError(i)])
m = deep.subgroup(ValueError)
depth = 0
while isinstance(m, ExceptionGroup):
    assert len(m.exceptions) == 1
    m = m.exceptions[0]
    depth += 1
print(depth, repr(m))
