# Random sequences of text reads, readlines with limits, tell and seek back,
# over mixed newlines and multi-byte characters, with tiny read chunks
# (_CHUNK_SIZE, which CPython's TextIOWrapper has too). The cookies from
# tell() are opaque, so only what is read is printed.
import os

P = os.path.join('/tmp', 'ferropy_io_test_io_10.txt')
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


pieces = ['a', 'bc', '\n', '\r\n', '\r', '\xe9', '\u20ac', '\U0001f600', 'xyz\n', '\r\r']
for trial in range(150):
    text = ''.join(pieces[rnd(len(pieces))] for _ in range(rnd(40) + 1))
    with open(P, 'w', newline='') as f:
        f.write(text)
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    f = open(P, newline=nl)
    f._CHUNK_SIZE = 1 + rnd(7)
    cookies = []
    log = [repr(nl)]
    for step in range(12):
        op = rnd(5)
        if op == 0:
            log.append(('r', f.read(rnd(5))))
        elif op == 1:
            log.append(('l', f.readline()))
        elif op == 2:
            cookies.append(f.tell())
            log.append('t')
        elif op == 3 and cookies:
            f.seek(cookies[rnd(len(cookies))])
            log.append('s')
        elif op == 4:
            log.append(('L', f.readline(rnd(4))))
    log.append(('rest', f.read()))
    f.close()
    print(trial, log)
os.remove(P)
print(os.path.exists(P))
