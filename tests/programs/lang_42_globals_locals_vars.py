# globals(), locals() and vars(): contents, identity, writes.
import sys
print(globals() is sys.modules["__main__"].__dict__)
module_level = "m"
print("module_level" in globals(), locals() is globals())

def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))

def closure_locals():
    free = "free"
    def inner():
        local = 1
        free
        return sorted(locals())
    return inner()
print(closure_locals())

def locals_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]
print(locals_snapshot())

def write_locals():
    y = 1
    locals()["y"] = 100
    return y
print(write_locals())

globals()["dynamic"] = "made via globals()"
print(dynamic)

class Namespace:
    cls_var = 1
    def __init__(self):
        self.inst_var = 2
n = Namespace()
print(vars(n))
print(sorted(k for k in vars(Namespace) if not k.startswith("__")))
vars(n)["added"] = 3
print(n.added)

try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

def vars_no_arg():
    q = "q"
    return vars() == locals(), sorted(vars())
print(vars_no_arg())

class Body:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    mod = __module__
print(Body.names, Body.y, Body.mod)

def comprehension_locals():
    outer = 1
    return [sorted(locals()) for _ in range(1)]
print(comprehension_locals())

def gen_locals():
    v = 5
    yield sorted(locals())
    w = 6
    yield sorted(locals())
print(list(gen_locals()))

import types
m = types.ModuleType("made")
m.attr = 1
print(sorted(k for k in vars(m) if not k.startswith("__")), vars(m)["__name__"])

print(sorted(k for k in globals() if k.startswith("__") and k != "__builtins__" and k != "__cached__"))
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))

def change_global_via_dict():
    globals()["module_level"] = "changed"
change_global_via_dict()
print(module_level)
lam_locals = (lambda p, q=1: sorted(locals()))(0)
print(lam_locals)
