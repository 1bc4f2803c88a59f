def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# getattr/hasattr/setattr/delattr, vars, dir
class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def meth(self):
        return 'm'
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'cls_attr'), getattr(c, 'meth')())
show('getattr missing', lambda: getattr(c, 'y'))
show('getattr int name', lambda: getattr(c, 1))
show('getattr int name dflt', lambda: getattr(c, 1, None))
show('getattr few', lambda: getattr(c))
print(hasattr(c, 'x'), hasattr(c, 'nope'), hasattr(C, 'meth'), hasattr(1, 'real'))
show('hasattr int name', lambda: hasattr(c, 1))
class Raises:
    @property
    def p(self):
        raise ValueError('boom')
    @property
    def q(self):
        raise AttributeError('no q')
show('hasattr raises', lambda: hasattr(Raises(), 'p'))
print(hasattr(Raises(), 'q'), getattr(Raises(), 'q', 'fallback'))
setattr(c, 'y', 5)
setattr(c, 'with space', 6)
print(c.y, getattr(c, 'with space'), sorted(vars(c)))
show('setattr int name', lambda: setattr(c, 1, 2))
show('setattr builtin', lambda: setattr(5, 'x', 1))
show('setattr on type', lambda: setattr(int, 'x', 1))
delattr(c, 'y')
print(hasattr(c, 'y'))
show('delattr missing', lambda: delattr(c, 'y'))
show('delattr int name', lambda: delattr(c, 1))
print(vars(c) is c.__dict__, vars(c))
show('vars int', lambda: vars(1))
show('vars two', lambda: vars(1, 2))
print(type(vars(C)).__name__, 'meth' in vars(C), vars(C)['cls_attr'])
def f():
    a = 1
    b = 2
    return sorted(vars())
print(f())
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
print(dir(c) == sorted(dir(c)), '__init__' in dir(c), '__class__' in dir(c))
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(D()))
class BadDir:
    def __dir__(self):
        return 5
show('bad dir', lambda: dir(BadDir()))
def g():
    z = 1
    y = 2
    return dir()
print(g())
import sys
print('path' in dir(sys), 'argv' in dir(sys))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')], [n for n in dir(set()) if not n.startswith('_')])
