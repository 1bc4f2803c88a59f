def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# print: sep, end, file, flush, errors
import sys
print(1, 2, 3, sep='-')
print(1, 2, 3, sep='')
print('a', 'b', end='!\n')
print('x', end='')
print()
print(sep='X')
print('only', sep=None, end=None)
print(*[1, 2], *'ab', sep=', ')
print('to stdout', file=sys.stdout, flush=True)
print('to none file', file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 1, None, sep='|', end='$', file=w)
print(w.parts)
w2 = W()
print(file=w2)
print(w2.parts)
class WF(W):
    def flush(self):
        self.parts.append('<flushed>')
wf = WF()
print('z', file=wf, flush=True)
print(wf.parts)
show('bad sep', lambda: print(1, sep=5))
show('bad end', lambda: print(1, end=5))
show('bad kw', lambda: print(1, bogus=2))
show('bad file', lambda: print(1, file=5))
class NoFlush(W):
    pass
show('flush missing', lambda: print('q', file=NoFlush(), flush=True))
class StrObj:
    def __str__(self):
        return 'S!'
print(StrObj(), [StrObj()] == [], 1.0, -0.0, 10 ** 20, 1e20, 1e16, 1.5e-7, b'b', bytearray(b'q'))
print('multi\nline', 'tab\t', sep='#')
sys.stdout.write('direct\n')
print(repr(print), print.__name__)
