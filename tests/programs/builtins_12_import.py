def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# __import__, globals/locals, eval/exec/compile basics
m = __import__('sys')
print(m.__name__, type(m).__name__)
os_path = __import__('os.path')
print(os_path.__name__)
p = __import__('os.path', fromlist=['join'])
print(p.__name__ in ('posixpath', 'ntpath'))
show('import missing', lambda: __import__('no_such_pkg_qq'))
show('import bad type', lambda: __import__(5))
show('import empty', lambda: __import__(''))
g = globals()
print(type(g).__name__, g['__name__'], 'show' in g)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'loc'}))
ns = {}
exec('z = 5\ndef h(): return z', ns)
print(ns['z'], ns['h'](), sorted(k for k in ns if k != '__builtins__'))
code = compile('a + 1', '<e>', 'eval')
print(type(code).__name__, eval(code, {'a': 1}), code.co_filename)
show('eval stmt', lambda: eval('x = 1'))
show('exec bad', lambda: exec(5))
show('compile mode', lambda: compile('1', 'f', 'nope'))
show('eval globals type', lambda: eval('1', []))
print(eval('__name__', {'__name__': 'custom'}), eval('len("ab")', {}))
print(exec('1') is None, eval(' 7 '), eval('\t8\n'))
