# Text encodings: utf-8 multi-byte text with tell/seek cookies, chunk boundaries, latin-1, ascii with errors.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_05_encodings')


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
    text = 'héllo wörld\nΣίσυφος\n日本語テキスト\nplain ascii\n'
    with open('u.txt', 'w', encoding='utf-8') as f:
        print(repr(f), f.encoding)
        print(f.write(text), f.tell())
    with open('u.txt', 'rb') as f:
        raw = f.read()
    print(len(raw), raw[:14])
    with open('u.txt', encoding='utf-8') as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks)
        for pos, line in reversed(marks):
            f.seek(pos)
            print(pos, f.readline() == line)
        f.seek(marks[2][0])
        print(repr(f.read(3)), f.tell(), repr(f.read(2)))
        print(f.seek(0, 2), repr(f.read()))
        print(f.seek(0), repr(f.read(5)))
        here = f.tell()
        rest = f.read()
        f.seek(here)
        print(here, f.read() == rest)
    with open('u.txt', 'r+', encoding='utf-8') as f:
        f.seek(0, 2)
        f.write('tail\n')
        f.seek(0)
        print(f.read().count('\n'))
        print(f.truncate(7), f.tell())
    with open('u.txt', encoding='utf-8') as f:
        print(repr(f.read()))
    # Multi-byte characters split by the read chunk boundary.
    big = ('ab\u00e9\u20ac\U0001f600' * 3000) + '\n'
    with open('big.txt', 'w') as f:
        f.write(big)
        f.write(big)
    with open('big.txt') as f:
        lines = f.readlines()
    print(len(lines), lines[0] == big, lines[1] == big)
    with open('big.txt') as f:
        chunks = []
        while True:
            c = f.read(777)
            if not c:
                break
            chunks.append(c)
    print(len(chunks), ''.join(chunks) == big * 2)
    print(os.path.getsize('big.txt'))
    with open('l1.txt', 'w', encoding='latin-1') as f:
        print(repr(f))
        f.write('caf\xe9 \xff\n')
    with open('l1.txt', 'rb') as f:
        print(f.read())
    with open('l1.txt', encoding='latin-1') as f:
        print(repr(f.read()), f.encoding)
    with open('a.txt', 'w', encoding='ascii', errors='replace') as f:
        print(f.errors)
        f.write('naïve\n')
    with open('a.txt', 'rb') as f:
        print(f.read())
    with open('a.txt', encoding='ascii') as f:
        print(repr(f.read()))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
