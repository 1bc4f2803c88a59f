def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# with_traceback, add_note/__notes__, context/cause attributes
e = ValueError('x')
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
print(e.with_traceback(None) is e)
show('wt bad', lambda: e.with_traceback(5))
def get_tb():
    try:
        raise KeyError('k')
    except KeyError as ex:
        return ex.__traceback__
tb = get_tb()
print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno > 0, tb.tb_next)
e2 = RuntimeError('r').with_traceback(tb)
print(e2.__traceback__ is tb)
show('set tb bad', lambda: setattr(e2, '__traceback__', 1))
e2.__traceback__ = None
print(e2.__traceback__)
n = Exception('n')
print(hasattr(n, '__notes__'))
n.add_note('first')
n.add_note('second')
print(n.__notes__)
show('note int', lambda: n.add_note(1))
show('note none', lambda: n.add_note())
n.__notes__ = ['replaced']
n.add_note('more')
print(n.__notes__)
n.__notes__ = 'str notes'
show('note on str', lambda: n.add_note('x'))
del n.__notes__
n.add_note('fresh')
print(n.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note('while dividing')
        raise
except ZeroDivisionError as z:
    print(z.__notes__, str(z))
c = ValueError('c')
show('cause bad', lambda: setattr(c, '__cause__', 5))
show('context bad', lambda: setattr(c, '__context__', 'x'))
c.__cause__ = KeyError('k')
print(repr(c.__cause__), c.__suppress_context__)
c.__cause__ = None
print(c.__cause__, c.__suppress_context__)
c.__suppress_context__ = False
print(c.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise ValueError('outer') from k
except ValueError as v:
    print(repr(v.__context__), repr(v.__cause__), v.__suppress_context__)
show('raise int', lambda: exec('raise 5'))
show('raise from int', lambda: exec('raise ValueError from 5'))
show('raise class', lambda: exec('raise KeyError'))
class NotExc:
    pass
show('raise nonexc class', lambda: exec('raise NotExc', {'NotExc': NotExc}))
