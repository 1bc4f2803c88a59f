# sys.getrefcount for simple patterns, as CPython counts them.
import sys
def fresh():
    return [1, 2, 3]
x = fresh()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))
del lst
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
d = {"a": x}
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
o.self_ref = o
print(sys.getrefcount(o))
del o.self_ref
print(sys.getrefcount(o))
def f(arg):
    return sys.getrefcount(arg)
print(f(o))
t = (o,)
print(sys.getrefcount(o))
