# Context managers as classes and hand-written generator-based ones.
events = []


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        events.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        events.append(f"close {self.name} ({kind})")
        return self.swallow


class GenCM:
    """A minimal contextmanager decorator without contextlib."""

    def __init__(self, func, args):
        self.gen = func(*args)

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")


def contextmanager(func):
    def helper(*args):
        return GenCM(func, args)
    return helper


@contextmanager
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        events.append(f"handled {e}")
    finally:
        events.append(f"</{name}>")


with Resource("a") as a, Resource("b") as b:
    events.append(f"body {a.name}{b.name}")
print(events)
events.clear()

with Resource("outer", swallow=True):
    with Resource("inner"):
        raise KeyError("boom")
    events.append("unreachable")
print(events)
events.clear()

with tag("div") as t:
    events.append(f"inside {t}")
with tag("p"):
    raise ValueError("bad value")
try:
    with tag("span"):
        raise TypeError("bad type")
except TypeError as e:
    events.append(f"outer caught {type(e).__name__} {e}")
print(events)
events.clear()


def use_in_function():
    with Resource("f"):
        return "from with"


print(use_in_function(), events)
events.clear()
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(events)
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
