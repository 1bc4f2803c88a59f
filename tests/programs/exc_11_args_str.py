def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# args, str and repr of each builtin exception kind
kinds = [BaseException, Exception, ValueError, TypeError, KeyError, IndexError,
         LookupError, AttributeError, NameError, RuntimeError, StopIteration,
         ZeroDivisionError, OverflowError, ArithmeticError, AssertionError,
         ImportError, ModuleNotFoundError, NotImplementedError, RecursionError,
         SystemExit, KeyboardInterrupt, GeneratorExit, UnboundLocalError,
         MemoryError, EOFError, BufferError, Warning, UserWarning,
         DeprecationWarning, StopAsyncIteration, OSError, FileNotFoundError]
for k in kinds:
    for args in [(), ('msg',), ('a', 2), (None,), ('',)]:
        e = k(*args)
        print(k.__name__, repr(str(e)), repr(e), e.args)
e = ValueError('x')
e.args = ['a', 'b']
print(e.args, str(e), repr(e))
e.args = 'xy'
print(e.args, str(e))
e.args = ()
print(repr(str(e)), repr(e))
show('args int', lambda: setattr(e, 'args', 5))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, StopIteration(7).value, StopIteration().value)
print(StopAsyncIteration(1).args, KeyboardInterrupt('k').args)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, str(m), repr(m), m.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(ns.args, repr(str(ns)), repr(ns))
class WithStr(Exception):
    def __str__(self):
        return 'custom'
print(str(WithStr(1)), repr(WithStr(1)))
print(BaseException.__new__(ValueError, 1, 2).args)
print(ValueError('a') == ValueError('a'), bool(Exception()), Exception(1).__class__.__name__)
show('kw', lambda: ValueError(x=1))
show('unicode', lambda: str(ValueError('\u00e9\U0001f600')))
