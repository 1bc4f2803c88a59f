# Messages of common errors, word for word.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


class C:
    def method(self, a, b=2, *, key):
        pass


def f(a, b, /, c, *, d):
    pass


show(lambda: undefined_name)
show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: C().method())
show(lambda: C().method(1, 2, 3))
show(lambda: C().method(1, key=1, other=2))
show(lambda: C().method(1, a=1, key=2))
show(lambda: f(1, 2))
show(lambda: f(1, b=2, c=3, d=4))
show(lambda: f(1, 2, 3, 4))
show(lambda: f(1, 2, 3))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: int("x"))
show(lambda: int("12", 1))
show(lambda: float("abc"))
show(lambda: [][0])
show(lambda: ()[1])
show(lambda: "a"[5])
show(lambda: {}["k"])
show(lambda: [1].index(2))
show(lambda: "abc".index("z"))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: 2 ** -1 // 0)
none, five = None, 5
show(lambda: none())
show(lambda: five())
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [] + ())
show(lambda: "a" * 1.5)
show(lambda: iter(1))
show(lambda: next(iter([])))
show(lambda: next(5))
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: sorted([1, "a"]))
show(lambda: max([]))
show(lambda: min(1))
show(lambda: abs("s"))
show(lambda: ord("ab"))
show(lambda: chr(-1))
show(lambda: int(None))
show(lambda: list(1))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: tuple.__new__(list))
show(lambda: object.__new__(int))
show(lambda: getattr(1, "nope"))
show(lambda: setattr(1, "real", 2))
show(lambda: delattr(C(), "x"))
show(lambda: isinstance(1, "int"))
show(lambda: "{}{}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "%d" % "s")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: (1, 2).count())
show(lambda: [1, 2, 3][1:2:0])
show(lambda: range(1, 2, 0))
show(lambda: int.from_bytes(5, "big"))
show(lambda: bytes("abc"))
show(lambda: b"a" + "b")
show(lambda: "abc".encode("nope"))
show(lambda: b"\xff".decode())
show(lambda: exec("x ="))
show(lambda: compile("1", "f", "bad"))
show(lambda: __import__("no_such_module_xyz"))
x = 1


def uses_before():
    print(x)
    x = 2


show(uses_before)


def free_var():
    def inner():
        return y
    show(inner)
    y = 1


free_var()
a, b = 1, 2
show(lambda: [a, b] == [c for c in (1,)] and undefined)
def unpack2():
    p, q = [1, 2, 3]
def unpack3():
    p, q, r = [1, 2]
def unpack_int():
    p, q = 5
show(unpack2)
show(unpack3)
show(unpack_int)
