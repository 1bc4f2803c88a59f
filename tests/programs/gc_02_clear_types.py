# Cycles through sets, functions (defaults, kwdefaults, closure, __dict__,
# __doc__), bound methods and generator frames are collected.
import gc
import weakref

gc.collect()


class O:
    pass


def check(name, make):
    gc.collect()
    r = make()
    alive = r() is not None
    gc.collect()
    print(name, "alive before:", alive, "collected:", r() is None)


def via_set():
    o = O()
    o.s = {o}
    return weakref.ref(o)


def via_defaults():
    def f(a=None):
        return a

    f.__defaults__ = (f,)
    return weakref.ref(f)


def via_kwdefaults():
    def f(*, a=None):
        return a

    f.__kwdefaults__ = {"a": f}
    return weakref.ref(f)


def via_closure():
    def outer():
        def f():
            return f

        return f

    return weakref.ref(outer())


def via_func_dict():
    def f():
        pass

    f.me = f
    return weakref.ref(f)


def via_doc():
    def f():
        pass

    f.__doc__ = f
    return weakref.ref(f)


def via_bound_method():
    class A:
        def m(self):
            pass

    a = A()
    a.m2 = a.m
    return weakref.ref(a)


def via_generator_frame():
    def g():
        me = yield
        yield me

    it = g()
    next(it)
    it.send(it)
    return weakref.ref(it)


def via_generator_local():
    def g(o):
        yield o

    o = O()
    it = g(o)
    next(it)
    o.it = it
    return weakref.ref(o)


for name, make in [
    ("set", via_set),
    ("defaults", via_defaults),
    ("kwdefaults", via_kwdefaults),
    ("closure", via_closure),
    ("function dict", via_func_dict),
    ("doc", via_doc),
    ("bound method", via_bound_method),
    ("generator frame", via_generator_frame),
    ("generator local", via_generator_local),
]:
    check(name, make)


def cleared_function():
    def f(a=1):
        return a

    f.__defaults__ = (f,)
    f.me = f
    return weakref.ref(f)


# The collected function's assignable parts were cleared as CPython's are.
r = cleared_function()
print("function collected:", gc.collect() > 0, r() is None)
