def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# KeyError/OSError/UnicodeError attributes and strings
print(str(KeyError('k')), str(KeyError(1)), str(KeyError('a', 'b')), repr(str(KeyError())))
print(str(IndexError('k')), str(LookupError('k')))
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e.errno, e.filename, str(e), repr(e), e.args)
e = OSError(1, 'Operation not permitted', 'a', None, 'b')
print(type(e).__name__, e.filename, e.filename2, str(e))
for code in (1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 10):
    print(code, type(OSError(code, 'm')).__name__)
print(OSError('just a message').errno, str(OSError('just a message')))
print(OSError(1).errno, str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
fe = FileNotFoundError(2, 'gone', 'f')
print(fe.errno, fe.strerror, fe.filename, str(fe))
print(FileNotFoundError('x').errno, str(PermissionError(13, 'nope')))
try:
    open('/nonexistent/dir/file.txt')
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.strerror, ex.filename, str(ex))
b = b'ab\xffcd'
try:
    b.decode('utf-8')
except UnicodeDecodeError as ex:
    print(ex.encoding, ex.object, ex.start, ex.end, ex.reason)
    print(str(ex))
    print(ex.args)
try:
    'h\u00e9llo'.encode('ascii')
except UnicodeEncodeError as ex:
    print(ex.encoding, repr(ex.object), ex.start, ex.end, ex.reason)
    print(str(ex))
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(str(u), u.start, u.end)
u = UnicodeEncodeError('ascii', 'ab\u20ac', 2, 3, 'nope')
print(str(u))
u = UnicodeTranslateError('x\u20ac', 1, 2, 'tr')
print(str(u), u.object, u.start)
show('ude bad args', lambda: UnicodeDecodeError('utf-8'))
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError('x').args)
ie = ImportError('m', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie))
try:
    import no_such_module_xyz
except ModuleNotFoundError as ex:
    print(ex.name, str(ex))
ne = NameError('n', name='q')
print(ne.name, str(ne))
try:
    undefined_name_abc
except NameError as ex:
    print(ex.name, str(ex))
try:
    (1).nope
except AttributeError as ex:
    print(ex.name, ex.obj, str(ex))
