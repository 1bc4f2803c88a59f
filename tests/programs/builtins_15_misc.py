def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# more builtins: any/all short-circuit, globals/vars, numeric hash consistency, callable metaclass
def gen(vals, log):
    for v in vals:
        log.append(v)
        yield v
log = []
print(any(gen([0, 0, 3, 4], log)), log)
log = []
print(all(gen([1, 2, 0, 4], log)), log)
print(globals() is vars(), 'gen' in globals(), type(__builtins__).__name__ in ('module', 'dict'))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 100) == hash(float(2 ** 100)), hash(-1) == hash(-1.0))
print(hash(0.5) == hash(1 / 2), hash(1e100) == hash(int(1e100)), hash(10 ** 20) == hash(1e20))
class Meta(type):
    def __call__(cls, *a):
        return ('made', cls.__name__, a)
class K(metaclass=Meta):
    pass
print(callable(K), K(1, 2))
print(min(3, 2.5, True), max([-1, -1.5]), min('b', 'a', 'c'), max(b'abc'), min([[2], [1, 5]]))
print(sorted([3, 1, 2], key=lambda x: -x), list(reversed(sorted('bca'))))
print(bin(-2 ** 65), oct(-8 ** 22), hex(-16 ** 17))
print(abs(-0), abs(-(2 ** 63)), abs(-1e-300), divmod(-2 ** 64, 7), pow(-2, 63), pow(7, 2 ** 10, 13))
print(round(-0.5), round(1.5), round(2.5), round(-1.5), round(0.5 + 1e-16), round(12345, -10))
print(sum([0.1] * 3) == 0.3, sum([0.1, 0.2, 0.3]), sum(range(10 ** 5)), sum([True, True, False]))
print(ord(min('hello')), chr(ord('a') + 25), [chr(c) for c in range(0x41, 0x46)])
print(isinstance(True, (bool, int)), issubclass(bool, (int,)), type(True).__mro__[1].__name__)
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(dict(zip('abc', range(3))), list(enumerate(zip('ab', 'cd'))))
print(next(iter({}), 'empty'), next(filter(None, [0, '', 7, 8])), next(map(str.upper, 'q')))
print(format(255, '#x'), format(255, 'b'), format(-3, '+d'), format(0.5, '%'), format(1234.5, ',.1f'))
print(repr(repr), repr(len)[:22], type(abs).__name__, abs.__name__, abs.__module__ if hasattr(abs, '__module__') else '-')
print(len(dir(object)) > 15, 'mro' in dir(type), '__len__' in dir(list), '__iter__' in dir(range(1)))
