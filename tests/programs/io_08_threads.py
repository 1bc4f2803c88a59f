# Files used from several threads: one file per thread, and one shared file behind a lock.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_io_08_threads')


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
    import threading

    results = {}


    def worker(k):
        name = 'w%d.txt' % k
        with open(name, 'w') as f:
            for i in range(2000):
                f.write('%d:%d\n' % (k, i))
        with open(name) as f:
            lines = f.readlines()
        with open(name, 'ab') as f:
            f.write(b'end\n')
        with open(name, 'rb') as f:
            tail = f.read()[-4:]
        results[k] = (len(lines), lines[-1], tail)


    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in sorted(results):
        print(k, results[k])

    # One file shared by threads, each appending whole lines under a lock.
    lock = threading.Lock()
    shared = open('shared.txt', 'w')


    def appender(k):
        for i in range(500):
            with lock:
                shared.write('t%d-%d\n' % (k, i))


    threads = [threading.Thread(target=appender, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    shared.close()
    with open('shared.txt') as f:
        lines = f.read().split()
    print(len(lines), sorted(lines) == sorted('t%d-%d' % (k, i) for k in range(3) for i in range(500)))

    # A binary file is thread-safe by itself (its buffer has a lock).
    raw = open('raw.bin', 'wb')

    def raw_writer(k):
        for i in range(800):
            raw.write(b'r%d-%d\n' % (k, i))

    threads = [threading.Thread(target=raw_writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    raw.close()
    with open('raw.bin', 'rb') as f:
        got = f.read().split()
    print(len(got), sorted(got) == sorted(b'r%d-%d' % (k, i) for k in range(4) for i in range(800)))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
