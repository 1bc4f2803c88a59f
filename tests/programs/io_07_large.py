# Bigger files: many lines, iteration, block copies, seeks into the middle.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_07_large')


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
    N = 20000
    with open('big.txt', 'w') as f:
        for i in range(N):
            f.write('line %d %s\n' % (i, 'x' * (i % 37)))
    print(os.path.getsize('big.txt'))
    total = 0
    count = 0
    with open('big.txt') as f:
        for line in f:
            count += 1
            total += len(line)
    print(count, total)
    with open('big.txt') as f:
        lines = f.read().splitlines()
    print(len(lines), lines[0], lines[-1][:12])
    with open('big.txt', 'rb') as f:
        n = 0
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            n += chunk.count(b'\n')
    print(n)
    with open('big.txt', 'rb') as f:
        print(sum(1 for _ in f))
    with open('big.txt') as f:
        f.seek(100000)
        f.readline()
        print(repr(f.readline()))
    with open('copy.bin', 'wb') as out, open('big.txt', 'rb') as src:
        while True:
            block = src.read(10000)
            if not block:
                break
            out.write(block)
    with open('copy.bin', 'rb') as a, open('big.txt', 'rb') as b:
        print(a.read() == b.read())
    with open('lines.txt', 'w') as f:
        f.writelines('%05d\n' % i for i in range(5000))
    with open('lines.txt') as f:
        got = [int(s) for s in f]
    print(got == list(range(5000)))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
