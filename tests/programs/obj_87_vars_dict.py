# vars() and __dict__: reading, writing, replacing and the class mappingproxy.
class Node:
    kind = "node"

    def __init__(self, **fields):
        self.__dict__.update(fields)


n = Node(a=1, b=2)
print(vars(n), n.a, n.__dict__ is vars(n))
vars(n)["c"] = 3
print(n.c, sorted(n.__dict__))
n.__dict__ = {"z": 26}
print(vars(n), hasattr(n, "a"))
try:
    n.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
d = n.__dict__
n.w = 5
print(d, d is n.__dict__)
del n.__dict__["w"]
print(getattr(n, "w", "gone"))
cp = dict(vars(n))
cp["q"] = 1
print(vars(n), cp)
proxy = Node.__dict__
print(type(proxy).__name__, proxy["kind"], "kind" in proxy, "a" in proxy)
try:
    proxy["kind"] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(Node)["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
Node.new = 1
print(Node.__dict__["new"], proxy.get("new"), proxy.get("missing", "dflt"))
print(sorted(k for k in proxy if not k.startswith("__")))
try:
    vars(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(n, n)
except TypeError as e:
    print(type(e).__name__, e)


def f():
    pass


f.tag = "fn"
print(vars(f), f.__dict__)


class Snap:
    def __init__(self):
        self.x = 1
        self.y = 2

    def snapshot(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

    def restore(self, state):
        vars(self).clear()
        vars(self).update(state)


s = Snap()
st = s.snapshot()
s.x = 100
s._hidden = 0
print(s.snapshot(), vars(s))
s.restore(st)
print(vars(s))
o = object()
try:
    o.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
for key in ["x", "y"]:
    setattr(s, key, getattr(s, key) * 10)
print(vars(s), list(vars(s).keys()))
import types
ns = types.SimpleNamespace(a=1)
vars(ns)["b"] = 2
print(ns, vars(ns))
