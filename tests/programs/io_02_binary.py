# Binary files: rb/wb/ab/r+b/xb, read sizes, seek/tell, readinto, unbuffered FileIO.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_02_binary')


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
    with open('data.bin', 'wb') as f:
        print(repr(f), f.raw, f.mode, f.raw.mode)
        print(f.write(b'\x00\x01\x02hello'), f.write(bytearray(b' world')), f.write(memoryview(b'!\n')))
        print(f.tell())
        f.writelines([b'line2\n', b'line3'])
    with open('data.bin', 'rb') as f:
        print(repr(f), f.mode, f.readable(), f.writable())
        print(f.read(3), f.tell())
        print(f.readline())
        print(f.readlines())
        print(f.read(), f.read(5), f.tell())
        print(f.seek(3), f.read(5))
        print(f.seek(-5, 2), f.read())
        print(f.seek(-4, 1), f.read(2), f.tell())
        buf = bytearray(4)
        f.seek(0)
        print(f.readinto(buf), buf)
        print(f.peek(1)[:1], f.read1(2))
    with open('data.bin', 'rb') as f:
        print([line for line in f])
    with open('data.bin', 'ab') as f:
        print(repr(f), f.tell())
        f.write(b'\n+end')
    with open('data.bin', 'rb') as f:
        data = f.read()
    print(len(data), data[-8:])
    raw = open('data.bin', 'rb', buffering=0)
    print(repr(raw), raw.mode, raw.closefd, type(raw.fileno()))
    print(raw.read(4), raw.readall()[-4:], raw.read(3))
    raw.close()
    print(repr(raw), raw.closed)
    with open('data.bin', 'r+b') as f:
        print(repr(f))
        f.seek(2)
        f.write(b'ZZ')
        print(f.tell(), f.read(4))
        f.seek(0)
        print(f.read(8))
        print(f.truncate(6), f.tell())
        f.seek(0, 2)
        print(f.tell())
    with open('data.bin', 'rb') as f:
        print(f.read())
    with open('new.bin', 'xb') as f:
        print(repr(f), f.raw.mode)
        f.write(bytes(range(256)))
    with open('new.bin', 'rb') as f:
        b = f.read()
        print(len(b), b[250:], sum(b))
    w = open('w.bin', 'w+b')
    print(repr(w), w.raw.mode)
    w.write(b'abcdef')
    w.seek(1)
    print(w.read(2))
    w.close()
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
