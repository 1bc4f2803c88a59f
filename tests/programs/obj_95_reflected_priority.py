# Operator dispatch order: subclass reflected methods first, NotImplemented
# chains, comparison reflection and in-place fallbacks.
log = []


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        log.append(f"{type(self).__name__}.__add__")
        return NotImplemented if not isinstance(o, Base) else Base(self.v + o.v)

    def __radd__(self, o):
        log.append(f"{type(self).__name__}.__radd__")
        return Base(o + self.v) if isinstance(o, int) else NotImplemented

    def __lt__(self, o):
        log.append(f"{type(self).__name__}.__lt__")
        return NotImplemented

    def __gt__(self, o):
        log.append(f"{type(self).__name__}.__gt__")
        return NotImplemented

    def __eq__(self, o):
        log.append(f"{type(self).__name__}.__eq__")
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Derived(Base):
    def __radd__(self, o):
        log.append("Derived.__radd__")
        return Derived(o.v * 100 + self.v) if isinstance(o, Base) else super().__radd__(o)


def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r, log)


run("B+B", lambda: Base(1) + Base(2))
run("B+D", lambda: Base(1) + Derived(2))
run("D+B", lambda: Derived(1) + Base(2))
run("1+B", lambda: 1 + Base(2))
run("1+D", lambda: 1 + Derived(2))
run("B+1", lambda: Base(2) + 1)
run("B<B", lambda: Base(1) < Base(2))
run("B<D", lambda: Base(1) < Derived(2))
run("B==B", lambda: Base(1) == Base(1))
run("B==D", lambda: Base(1) == Derived(1))
run("b==b", lambda: (lambda b: b == b)(Base(1)))
run("B!=B", lambda: Base(1) != Base(1))
run("B>1", lambda: Base(1) > 1)


class Acc:
    def __init__(self):
        self.items = []

    def __add__(self, other):
        log.append("Acc.__add__")
        new = Acc()
        new.items = self.items + [other]
        return new

    def __repr__(self):
        return f"Acc{self.items}"


def iadd():
    a = Acc()
    b = a
    a += 1
    a += 2
    return a, b, a is b


run("iadd", iadd)


class OnlyR:
    def __rsub__(self, o):
        log.append("OnlyR.__rsub__")
        return f"{o} - OnlyR"

    def __rpow__(self, o, mod=None):
        log.append("OnlyR.__rpow__")
        return f"{o} ** OnlyR"

    def __rlshift__(self, o):
        return f"{o} << OnlyR"

    def __rmatmul__(self, o):
        return f"{o!r} @ OnlyR"


run("rsub", lambda: 5 - OnlyR())
run("rpow", lambda: 2 ** OnlyR())
run("rlshift", lambda: (1 << OnlyR(), "s" * 1))
run("rmatmul", lambda: [1] @ OnlyR())
run("isub", lambda: [x := 10, x.__isub__ if hasattr(x, "__isub__") else "no int __isub__"])
run("pow3", lambda: pow(2, OnlyR(), 5))
