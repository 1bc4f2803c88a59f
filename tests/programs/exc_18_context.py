def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# implicit chaining, handler scoping, exceptions from finally/except, args of re-raised
def ctx_chain():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError as e:
        return repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__
print(ctx_chain())
def finally_replaces():
    try:
        try:
            raise KeyError('inner')
        finally:
            raise RuntimeError('from finally')
    except RuntimeError as e:
        return repr(e), repr(e.__context__)
print(finally_replaces())
def return_in_finally():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(return_in_finally())
def name_unbound():
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
    return e
show('e unbound', name_unbound)
def tuple_handler():
    out = []
    for exc in (KeyError('k'), IndexError('i'), TypeError('t')):
        try:
            raise exc
        except (KeyError, IndexError) as e:
            out.append('caught ' + type(e).__name__)
        except Exception as e:
            out.append('other ' + type(e).__name__)
    return out
print(tuple_handler())
def bare_reraise():
    try:
        try:
            raise ValueError('orig')
        except ValueError:
            raise
    except ValueError as e:
        return repr(e), e.__context__
print(bare_reraise())
show('raise no active', lambda: exec('raise'))
def nested_context():
    try:
        try:
            raise A
        except Exception:
            try:
                raise B
            except Exception:
                raise C
    except Exception as e:
        chain = []
        while e is not None:
            chain.append(type(e).__name__)
            e = e.__context__
        return chain
A, B, C = (type(n, (Exception,), {}) for n in 'ABC')
print(nested_context())
def self_context():
    e = ValueError('same')
    try:
        try:
            raise e
        except ValueError:
            raise e
    except ValueError as x:
        return x.__context__
print(self_context())
def handler_exc_in_exit():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise RuntimeError('exit failed')
    try:
        with CM():
            raise KeyError('body')
    except RuntimeError as e:
        return repr(e), repr(e.__context__)
print(handler_exc_in_exit())
def suppressing():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, t, v, tb):
            return t is KeyError
    with CM():
        raise KeyError('dropped')
    return 'suppressed'
print(suppressing())
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError as eg:
    print(type(eg).__name__, eg.exceptions)
print(isinstance(ValueError(), BaseException), ValueError.__mro__[-1].__name__)
