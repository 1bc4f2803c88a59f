# Property errors name the property (from __set_name__) and the class by
# its qualified name, as CPython 3.11; __delete__ and copies via setter.
class C:
    class D:
        @property
        def x(self): return 1
        y = property()
    p = property(lambda s: 1)
C.q = property(lambda s: 2)
d = C.D()
for stmt in ["d.x = 1", "del d.x", "d.y", "d.y = 2", "C().p = 1", "C().q = 1", "del C().q",
             "C.D.x.__set__(d, 5)", "C.D.y.__get__(d)", "C.D.x.__delete__(d)", "type(C.D.x).__set__(C.D.y, d, 1)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
p = property(lambda s: 1)
p.__set_name__(C, "zz")
C.zz = p
try:
    C().zz = 1
except AttributeError as e:
    print(e)
q = p.setter(None)
print(q.fset)
C.ww = p.getter(lambda s: 3)
try:
    C().ww = 1
except AttributeError as e:
    print(e)
