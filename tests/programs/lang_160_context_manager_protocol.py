# with statements: multiple managers, suppression, exceptions in __enter__/__exit__, order of exits.
class Resource:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise RuntimeError(f"close failed for {self.name}")
        return self.suppress


with Resource("a") as x, Resource("b") as y:
    print("  body", x, y)
with Resource("outer", suppress=True):
    with Resource("inner"):
        raise KeyError("lost")
print("after suppressed")
try:
    with Resource("first"), Resource("second", fail_enter=True), Resource("third"):
        print("  never")
except OSError as e:
    print("OSError", e)
try:
    with Resource("closing", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("  parenthesized", p1, p2)


def early_return():
    with Resource("ret"):
        return "returned"


print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  loop body", i)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class Tx:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return et is ValueError


t = Tx()
with t:
    t.log.append("work")
with t:
    raise ValueError
try:
    with t:
        raise TypeError("not swallowed")
except TypeError:
    t.log.append("propagated")
print(t.log)
