# Universal newlines on reading; newline= on reading and writing; CRLF across read chunks.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_03_newlines')


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
    with open('mixed.txt', 'wb') as f:
        f.write(b'unix\nwindows\r\nmac\rlast')
    with open('mixed.txt') as f:
        print(repr(f.read()))
    with open('mixed.txt') as f:
        print(f.readlines())
    with open('mixed.txt', newline='') as f:
        print(f.readlines())
    with open('mixed.txt', newline='\n') as f:
        print(f.readlines())
    with open('mixed.txt', newline='\r') as f:
        print(f.readlines())
    with open('mixed.txt', newline='\r\n') as f:
        print(f.readlines())
    with open('mixed.txt') as f:
        print([f.read(1) for _ in range(6)], repr(f.read(4)), repr(f.read(3)))
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open('w.txt', 'w', newline=nl) as f:
            f.write('a\nb\r\nc\rd\n')
        with open('w.txt', 'rb') as f:
            print(repr(nl), f.read())
    # A '\r\n' pair split by the 8192-byte read chunk is still one newline.
    with open('big.txt', 'wb') as f:
        f.write(b'x' * 8191 + b'\r\nafter\r\n' + b'y' * 8190 + b'\r\r\nz\r')
    with open('big.txt') as f:
        lines = f.readlines()
    print(len(lines), [len(s) for s in lines], [s[-3:] for s in lines])
    with open('big.txt', newline='') as f:
        lines = f.readlines()
    print(len(lines), [len(s) for s in lines], [s[-3:] for s in lines])
    with open('big.txt') as f:
        text = f.read()
    print(len(text), text.count('\n'), '\r' in text)
    with open('big.txt') as f:
        parts = []
        while True:
            p = f.read(1000)
            if not p:
                break
            parts.append(p)
    print(len(parts), ''.join(parts) == text)
    print(os.linesep == '\n')
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
