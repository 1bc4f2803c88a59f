# Text files: write, read, readline, readlines, iteration, append, print(file=).
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_01')


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
    f = open('a.txt', 'w')
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth'])
    f.close()
    print(f.closed, repr(f))

    with open('a.txt') as f:
        print(repr(f.read()))
    with open('a.txt', 'r') as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
        print(f.readlines())
        print(repr(f.readline()), repr(f.read()))
    with open('a.txt') as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open('a.txt') as f:
        print(list(f))
    with open('a.txt') as f:
        print(f.readlines(15))
        print(f.read(4), f.read(100), repr(f.read(3)))

    with open('a.txt', 'a') as f:
        print(repr(f))
        f.write('\nappended')
        print('printed', 42, sep='-', file=f)
    with open('a.txt') as f:
        text = f.read()
    print(text.splitlines())
    print(os.path.getsize('a.txt'), len(text))

    with open('b.txt', 'w+') as f:
        f.write('abc\ndef\n')
        f.seek(0)
        print(repr(f.read()), f.tell())
        f.write('ghi\n')
        f.seek(0)
        print(f.readlines())
    with open('b.txt', 'r+') as f:
        print(f.read(2))
        f.seek(0)
        f.write('XY')
        f.seek(0)
        print(repr(f.read()))

    w = open('c.txt', 'w')
    with w as g:
        print(g is w)
    print(w.closed)
    with open('c.txt') as f:
        print(repr(f.read()))
    print(sorted(os.listdir('.')))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
