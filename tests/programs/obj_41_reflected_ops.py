# Every binary operator with its reflected method, and the subclass-first rule.
import operator
OPS = [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
       ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
       ("or", "|"), ("xor", "^"), ("matmul", "@")]
def make(name):
    ns = {}
    for op, _ in OPS:
        ns["__r%s__" % op] = (lambda op: lambda self, other: "%s.r%s(%r)" % (name, op, other))(op)
    ns["__repr__"] = lambda self: name
    return type(name, (), ns)
R = make("R")
r = R()
for op, sym in OPS:
    print(sym, eval("5 %s r" % sym), getattr(operator, op if op not in ("and", "or") else op + "_")(5, r))
class Fwd:
    def __add__(self, o):
        return "Fwd.add"
    def __radd__(self, o):
        return "Fwd.radd"
class FwdSub(Fwd):
    def __radd__(self, o):
        return "FwdSub.radd"
class FwdSub2(Fwd):
    pass
print(Fwd() + FwdSub(), FwdSub() + Fwd(), Fwd() + FwdSub2(), FwdSub2() + Fwd())
print(1 + Fwd(), Fwd() + 1)
class IntSub(int):
    def __radd__(self, o):
        return "IntSub.radd"
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1)
try:
    print(1 - IntSub(2))
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    def __radd__(self, o):
        return "StrSub.radd(" + o + ")"
print("a" + StrSub("b"), StrSub("b") + "a")
class Decline:
    def __radd__(self, o):
        return NotImplemented
for expr in ["1 + Decline()", "'s' + Decline()", "[] + Decline()", "Decline() + Decline()"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
class ListLike:
    def __radd__(self, other):
        return "ListLike.radd"
    def __rmul__(self, other):
        return "ListLike.rmul"
print([1] + ListLike(), [1] * ListLike(), "ab" * ListLike())
print(divmod(7, 2), divmod(-7, 2), 7 .__rsub__(10), (2).__rpow__(3), 2.0.__rtruediv__(1))
