# Context managers that suppress, translate or record exceptions.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append((et.__name__, str(ev)))
            return True
        return False


s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}["missing"]
with s:
    1 / 0
with s as same:
    print("body ran", same is s)
print(s.caught)
try:
    with s:
        raise ValueError("not mine")
except ValueError as e:
    print(type(e).__name__, e)


class Translate:
    def __enter__(self):
        return "resource"

    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("translated: %s" % ev) from ev
        return None


try:
    with Translate() as r:
        print("got", r)
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


class Tracer:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tracer.depth + "enter " + self.name)
        Tracer.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Tracer.depth -= 1
        print("  " * Tracer.depth + "exit " + self.name, et.__name__ if et else None)
        return self.name == "outer"


with Tracer("outer"), Tracer("inner"):
    raise RuntimeError("boom")
print("after", Tracer.depth)


def early():
    with Tracer("fn"):
        return "returned"


print(early())
for i in range(3):
    with Tracer("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
print("done")


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class NoEnter:
    def __exit__(self, *a):
        return False


try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class ExitTruthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return [1]


with ExitTruthy():
    raise OSError("swallowed by truthy list")
print("survived")
