def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# BaseExceptionGroup / ExceptionGroup: construction, split, subgroup, derive
eg = ExceptionGroup('many', [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__name__)
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
m, rest = eg.split(KeyError)
print(m, repr(rest))
m, rest = eg.split((ValueError, TypeError))
print(repr(m), rest)
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError), eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 1))
print(eg.subgroup(lambda e: True) is eg, eg.split(Exception)[0] is eg)
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, rest = nested.split(ValueError)
print(repr(m))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner')))
d = eg.derive([KeyError('x')])
print(repr(d), type(d).__name__)
beg = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup('b', [ValueError()])
print(type(beg2).__name__, isinstance(beg2, Exception))
show('eg base exc', lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
show('empty', lambda: ExceptionGroup('x', []))
show('not seq', lambda: ExceptionGroup('x', None))
show('not exc', lambda: ExceptionGroup('x', [1]))
show('msg not str', lambda: ExceptionGroup(1, [ValueError()]))
show('one arg', lambda: ExceptionGroup('x'))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
my = MyEG('mine', [ValueError(1), TypeError(2)])
a, b = my.split(ValueError)
print(type(a).__name__, type(b).__name__, repr(a))
eg.add_note('note!')
eg.__cause__ = KeyError('c')
a, b = eg.split(ValueError)
print(a.__notes__, repr(a.__cause__), b.__notes__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__bases__)
print(eg.args, len(eg.exceptions), type(eg.exceptions).__name__)
try:
    raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
except* ValueError as ve:
    print('caught', repr(ve))
except* KeyError as ke:
    print('caught', repr(ke))
