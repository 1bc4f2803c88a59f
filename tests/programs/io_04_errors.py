# I/O errors: OSError subclasses and attributes, closed files, unsupported operations, bad arguments.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_04_errors')


def clean(top):
    if os.path.isdir(top):
        for d, dirs, files in os.walk(top, topdown=False):
            for f in files:
                os.remove(os.path.join(d, f))
            os.rmdir(d)


clean(BASE)
os.makedirs(BASE)
home = os.getcwd()
os.chdir(BASE)
try:
    import io


    def attempt(label, fn, *args, **kw):
        try:
            r = fn(*args, **kw)
        except Exception as e:
            print(label, '->', type(e).__name__, e)
            return None
        print(label, 'ok', repr(r) if not hasattr(r, 'close') else type(r).__name__)
        return r


    try:
        open('missing.txt')
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), e.args, isinstance(e, OSError))
        print(e)
    try:
        open('missing.txt', 'rb')
    except OSError as e:
        print(type(e).__name__, e)
    os.mkdir('sub')
    attempt('open dir', open, 'sub')
    attempt('open dir w', open, 'sub', 'w')
    attempt('open in missing dir', open, 'nodir/x.txt', 'w')
    with open('x.txt', 'w') as f:
        f.write('data')
    attempt('x mode', open, 'x.txt', 'x')
    attempt('x+ mode', open, 'x.txt', 'x+')
    for mode in ['z', 'rr', 'rw', 'tb', 'r+++', '+', '', 'U', 'rbt', 'ra']:
        attempt('mode %r' % mode, open, 'x.txt', mode)
    attempt('mode int', open, 'x.txt', 5)
    attempt('binary encoding', open, 'x.txt', 'rb', encoding='utf-8')
    attempt('binary errors', open, 'x.txt', 'rb', errors='strict')
    attempt('binary newline', open, 'x.txt', 'rb', newline='')
    attempt('bad newline', open, 'x.txt', newline='x')
    attempt('bad encoding', open, 'x.txt', encoding='no-such-codec')
    attempt('unbuffered text', open, 'x.txt', buffering=0)
    attempt('float path', open, 1.5)
    attempt('None path', open, None)

    f = open('x.txt')
    attempt('write on r', f.write, 'x')
    attempt('truncate on r', f.truncate)
    f.close()
    for name in ['read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'readable', 'isatty']:
        attempt('closed ' + name, getattr(f, name))
    attempt('closed write', f.write, 'x')
    attempt('closed seek', f.seek, 0)
    attempt('closed iter', iter, f)
    attempt('closed next', next, f)
    print(f.closed, f.name)
    f.close()

    g = open('x.txt', 'w')
    attempt('read on w', g.read)
    attempt('readline on w', g.readline)
    attempt('write bytes to text', g.write, b'x')
    attempt('write int to text', g.write, 5)
    g.close()
    attempt('closed flush w', g.flush)
    attempt('closed buffer write', g.buffer.write, b'x')
    attempt('closed buffer flush', g.buffer.flush)
    b = open('x.txt', 'wb')
    attempt('write str to binary', b.write, 'x')
    attempt('read on wb', b.read)
    b.close()
    r = open('x.txt', 'rb')
    attempt('write on rb', r.write, b'x')
    r.close()
    raw = open('x.txt', 'rb', buffering=0)
    attempt('raw write on rb', raw.write, b'x')
    raw.close()
    attempt('raw closed read', raw.read)
    t = open('x.txt')
    attempt('cur seek', t.seek, 1, 1)
    attempt('end seek', t.seek, -1, 2)
    attempt('neg seek', t.seek, -1)
    attempt('bad whence', t.seek, 0, 3)
    t.close()
    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
    print(io.UnsupportedOperation.__name__, io.UnsupportedOperation.__module__)
    with open('bad.bin', 'wb') as f:
        f.write(b'ok\xff\xfe')
    attempt('decode error', lambda: open('bad.bin').read())
    attempt('ascii decode', lambda: open('bad.bin', encoding='ascii').read())
    attempt('replace', lambda: open('bad.bin', errors='replace').read())
    attempt('ignore', lambda: open('bad.bin', errors='ignore').read())
    attempt('latin-1', lambda: open('bad.bin', encoding='latin-1').read())
    with open('enc.txt', 'w', encoding='ascii') as f:
        attempt('encode error', f.write, 'caf\xe9')
        attempt('encode ok', f.write, 'cafe')
    os.remove('bad.bin')
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
