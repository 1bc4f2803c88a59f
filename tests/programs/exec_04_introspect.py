# globals(), locals(), vars(), dir() in module, class and function scopes.
top = 1
print(globals() is locals(), "top" in globals(), type(globals()).__name__)
def f(a, *args, k=3, **kw):
    b = a + 1
    return sorted(locals())
print(f(1, 2, x=5))
def unbound():
    before = locals()
    later = 1
    return sorted(before), sorted(locals())
print(unbound())
def deleted():
    gone = 1
    first = dict(locals())
    del gone
    return sorted(first), sorted(locals())
print(deleted())
def same_dict():
    return locals() is locals()
print(same_dict())
def cells(p):
    c = "cell"
    def inner():
        return p, c
    return sorted(locals()), locals()["p"], locals()["c"], inner()
print(cells("param"))
def free():
    x = "outer-x"
    def inner():
        y = x
        return sorted(locals().items())
    return inner()
print(free())
def writes_ignored():
    w = 1
    locals()["w"] = 2
    locals()["extra"] = 3
    return w, "extra" in locals()
print(writes_ignored())
def in_comprehension():
    return [sorted(locals()) for i in range(1)]
print(in_comprehension())
def gen():
    g_local = 1
    yield sorted(locals())
    g_local2 = 2
    yield sorted(locals())
print(list(gen()))
class K:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"])
    locals()["injected"] = "yes"
print(K.injected)
class V:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
v = V()
print(vars(v), sorted(k for k in vars(V) if not k.startswith("__")))
import sys
print(vars(sys) is sys.__dict__)
def noargs():
    q = 1
    return vars(), dir()
print(noargs())
print(sorted(n for n in dir() if not n.startswith("__"))[:6])
for bad in [1, "s", None, [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for call in [lambda: vars(1, 2), lambda: vars(x=1), lambda: locals(1), lambda: globals(1), lambda: dir(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g_in_func():
    return globals() is sys.modules[__name__].__dict__
print(g_in_func())
ns = {}
exec("def h():\n    return globals()\nresult = h() is globals()", ns)
print(ns["result"], ns["h"]() is ns)
