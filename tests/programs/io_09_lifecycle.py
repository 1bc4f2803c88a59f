# File object lifecycle: flush on drop, PathLike and bytes names, fds with closefd, opener, detach, line buffering.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_09_lifecycle')


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


    class Path:
        def __init__(self, p):
            self.p = p

        def __fspath__(self):
            return self.p


    # A file that is never closed explicitly is flushed when it dies.
    open('dropped.txt', 'w').write('written without close\n')
    with open('dropped.txt') as f:
        print(repr(f.read()))


    def scoped():
        f = open('scoped.txt', 'w')
        f.write('from a function\n')


    scoped()
    with open('scoped.txt') as f:
        print(repr(f.read()))

    with open(Path('pathlike.txt'), 'w') as f:
        print(repr(f), f.name)
    with open(b'pathlike.txt', 'a') as f:
        print(repr(f))
        f.write('more')
    with open('pathlike.txt') as f:
        print(repr(f.read()))

    fd = os.open('fd.txt', os.O_RDWR | os.O_CREAT)
    f = open(fd, 'w', closefd=False)
    print(f.name == fd, f.buffer.raw.closefd)
    f.write('via fd\n')
    f.close()
    print(os.lseek(fd, 0, 0), os.read(fd, 100))
    g = open(fd)
    print(repr(g.read()), g.closed)
    g.close()
    try:
        os.close(fd)
    except OSError as e:
        print('already closed:', e)

    opened = []


    def opener(path, flags):
        opened.append(path)
        return os.open(path, flags, 0o644)


    with open('opener.txt', 'w', opener=opener) as f:
        f.write('x')
    print(opened)

    with open('t.txt', 'w') as f:
        f.write('text then buffer\n')
        f.flush()
        f.buffer.write(b'raw bytes\n')
    with open('t.txt') as f:
        print(f.readline(), end='')
        print(f.buffer is not None, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    with open('t.txt', 'rb') as f:
        print(f.read())

    f = open('t.txt', 'w', buffering=1)
    print(f.line_buffering)
    f.write('partial')
    with open('t.txt') as r:
        print(repr(r.read()))
    f.write(' line\n')
    with open('t.txt') as r:
        print(repr(r.read()))
    f.close()

    w = open('big.bin', 'wb', buffering=16)
    w.write(b'0123456789')
    print(os.path.getsize('big.bin'))
    w.write(b'abcdefghij')
    print(os.path.getsize('big.bin'))
    w.flush()
    print(os.path.getsize('big.bin'))
    raw = w.detach()
    print(type(raw).__name__, raw.closed)
    raw.close()

    s = open('s.txt', 'w+')
    print(s.write('abc'), s.tell())
    s.seek(0)
    print(s.read(), s.tell())
    print(s.truncate(1), repr(open('s.txt').read()))
    s.close()
    print(isinstance(s, io.TextIOWrapper), isinstance(s, io.IOBase))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
