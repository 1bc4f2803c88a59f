# Evaluation order: operands, arguments, displays, assignments, subscripts and attributes.
log = []
def v(tag, value=None):
    log.append(tag)
    return tag if value is None else value
def show(label):
    print(label, log)
    log.clear()

v("a", 1) + v("b", 2) * v("c", 3)
show("arith")
def f(*args, **kwargs):
    log.append("call")
v("func", f)(v("p1"), v("p2"), k=v("kw"), **{v("dk"): v("dv")})
show("call")
{v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display")
[v("x"), *v("star", [1]), v("y")]
show("list display")
v("target", {})[v("index")] = v("value")
show("subscript assign")
class O:
    pass
v("obj", O()).attr = v("rhs")
show("attribute assign")
a = b = v("chain")
show("chained assign")
x, y = v("first"), v("second")
show("tuple assign")
v("cond", True) and v("and-rhs")
v("cond2", False) or v("or-rhs")
show("bool ops")
v("t") if v("test", True) else v("f")
show("conditional")
v("lo", 1) < v("mid", 2) < v("hi", 3)
show("comparison chain")
v("base", [1, 2, 3])[v("start", 0):v("stop", 2)]
show("slice")
lambda: v("never")
show("lambda body not run")
d = {}
d[v("key")] = d.get(v("get"), 0) + 1
show("augmented-style")
lst = [0, 0]
lst[v("i", 0)] += v("inc", 5)
show("augmented subscript")
v("l1", 1) ** v("r1", 2) ** v("r2", 3)
show("power")
-v("neg", 1) + ~v("inv", 2)
show("unary")
print(f"{v('f1')}{v('f2')}")
show("f-string")
def default(a=v("default")):
    pass
show("default at def time")
@v("deco1", lambda fn: fn)
@v("deco2", lambda fn: fn)
def decorated():
    pass
show("decorators")
class Base:
    pass
class K(v("base", Base), metaclass=v("meta", type)):
    log.append("body")
show("class")
for i in v("iterable", [1]):
    log.append("loop")
show("for")
with v("cm", open if False else __import__("io").StringIO()) as s:
    log.append("with-body")
show("with")
r = [v("outer" + str(i)) for i in range(2) if v("cond" + str(i), True)]
show("comprehension")
print({v("s1"), v("s2")} == {"s1", "s2"})
show("set display")
x = (v("w1"), v("w2"))[v("idx", 0)]
show("tuple index")
assert v("assert", True), v("msg")
show("assert")
del v("dtarget", [1])[v("dindex", 0)]
show("del subscript")
