def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# builtin exception hierarchy: bases, mro of every builtin exception
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__bases__], c.__module__)
print(len(names))
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(BrokenPipeError, ConnectionError))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(UnboundLocalError, NameError))
print(issubclass(FloatingPointError, ArithmeticError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(BytesWarning, Warning), issubclass(DeprecationWarning, Warning), issubclass(ResourceWarning, Warning), issubclass(EncodingWarning, Warning))
