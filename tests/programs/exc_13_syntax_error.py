def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# SyntaxError attributes from compile() and from the constructor
def attrs(e):
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
for src in ['x = (1,', 'def f(:\n  pass', '1 +', 'a b', 'return 5', 'if 1:\npass', 'x = 1\n  y = 2', "'abc"]:
    try:
        compile(src, '<src>', 'exec')
    except SyntaxError as e:
        attrs(e)
s = SyntaxError('m', ('f.py', 3, 5, 'bad line\n'))
attrs(s)
print(str(s), repr(s.args[0]))
s = SyntaxError('just msg')
print(s.msg, s.filename, s.lineno, str(s))
s = SyntaxError()
print(s.msg, str(s))
print(str(SyntaxError('m', ('f.py', 3, 5, 'x'))), str(SyntaxError('m', (None, 3, 5, 'x'))), str(SyntaxError('m', ('f', None, 5, 'x'))))
print(issubclass(IndentationError, SyntaxError))
try:
    compile('if 1:\nx', 'f', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile('\tif 1:\n        \tx\n\t        y', 'f', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('1 +* 2')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
