# Scoping inside class bodies, comprehensions and nested functions.
x = "global"


class C:
    x = "class"
    y = x + "!"
    listed = [x for _ in range(2)]
    pairs = [(a, b) for a in range(2) for b in range(a, 2)]

    def method(self):
        return x

    def method_cls(self):
        return self.x, type(self).x

    z = (lambda: x)()


print(C.y, C.listed, C.pairs, C().method(), C().method_cls(), C.z)


def outer():
    x = "enclosing"

    class Inner:
        y = x
        x = "inner-class"
        z = x

        def m(self):
            return x
    return Inner.y, Inner.z, Inner().m()


print(outer())


def make():
    items = []

    class Collector:
        nonlocal_ref = items

        def add(self, v):
            items.append(v)
            return self
    return Collector, items


Col, items = make()
Col().add(1).add(2)
print(items, Col.nonlocal_ref is items)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10


a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)
del a.count
print(a.count)

print([i for i in range(3)], "i" in dir())
gen_expr_src = [1, 2]
g = (v * 2 for v in gen_expr_src)
gen_expr_src = [100]
print(list(g))


def shadow():
    len = lambda s: "shadowed"
    return len("abc"), __builtins__ is not None


print(shadow(), len("abc"))


class Meta:
    def __init__(self):
        self.log = []

    def __getitem__(self, k):
        self.log.append(k)
        return k * 2


m = Meta()
print([m[k] for k in "ab"], {k: m[k] for k in (1, 2)}, m.log)


class WithAnnotations:
    a: int
    b: str = "bee"


print(WithAnnotations.__annotations__, hasattr(WithAnnotations, "a"), WithAnnotations.b)


def annotated(p: int, q: "str" = "q") -> list:
    return [p, q]


print(annotated.__annotations__, annotated(1))
