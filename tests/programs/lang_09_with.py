# with statements: several items, custom context managers, exceptions inside, suppression.
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.suppress
with CM("a") as a, CM("b") as b:
    log.append("body " + a + b)
print(log); log.clear()
try:
    with CM("x"), CM("y"):
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log); log.clear()
with CM("outer", suppress=True):
    with CM("inner"):
        1 / 0
    log.append("not reached")
log.append("after")
print(log); log.clear()
with (CM("p1") as p1,
      CM("p2") as p2):
    log.append(p1 + p2)
print(log); log.clear()
class Tb:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.exc = exc
        return True
with Tb() as t:
    raise KeyError("k")
print(t.exc[0].__name__, repr(t.exc[1]), t.exc[2] is not None)
with Tb() as t:
    pass
print(t.exc)
def in_function():
    with CM("f"):
        return "returned"
print(in_function(), log); log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log); log.clear()
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("exit called?")
try:
    with CM("first"), BadEnter():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, log); log.clear()
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("inner")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
