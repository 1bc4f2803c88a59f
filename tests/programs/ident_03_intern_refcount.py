def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# sys.intern and sys.getrefcount for simple patterns
import sys
a = sys.intern('hello world!' + str(1))
b = sys.intern('hello world!' + str(1))
print(a is b, a == 'hello world!1')
c = ''.join(['dyn', 'amic'])
d = ''.join(['dyn', 'amic'])
print(c == d, sys.intern(c) is sys.intern(d))
show('intern int', lambda: sys.intern(1))
show('intern subclass', lambda: sys.intern(type('S', (str,), {})('x')))
def rc_fresh():
    x = []
    return sys.getrefcount(x)
print(rc_fresh())
def rc_two():
    x = []
    y = x
    return sys.getrefcount(x)
print(rc_two())
def rc_list():
    x = object()
    holder = [x, x, x]
    return sys.getrefcount(x)
print(rc_list())
def rc_dict():
    x = object()
    d = {'a': x, 'b': x}
    n = sys.getrefcount(x)
    del d
    return n, sys.getrefcount(x)
print(rc_dict())
def rc_attr():
    class C:
        pass
    c = C()
    o = object()
    c.a = o
    return sys.getrefcount(o)
print(rc_attr())
def rc_tuple():
    o = object()
    t = (o,)
    return sys.getrefcount(o)
print(rc_tuple())
