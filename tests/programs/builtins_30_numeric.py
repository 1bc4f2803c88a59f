# abs, divmod, pow, round, sum, bin/hex/oct, min/max with their errors
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('abs', lambda: (abs(-5), abs(-2.5), abs(3 - 4j), abs(True), abs(-2**70), abs(-0.0)))
show('abs str', lambda: abs('x'))
class A:
    def __abs__(self):
        return 'absolute'
show('abs dunder', lambda: abs(A()))
show('divmod', lambda: (divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(True, 3)))
show('divmod str', lambda: divmod('a', 1))
show('divmod complex', lambda: divmod(1j, 1))
show('pow', lambda: (pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2, 5), pow(3, 4, -5), pow(base=2, exp=5), pow(2, 5, mod=3)))
show('pow 3 float', lambda: pow(2.0, 2, 3))
show('pow mod 0', lambda: pow(2, 2, 0))
show('pow no inverse', lambda: pow(4, -1, 8))
show('pow str', lambda: pow('a', 2))
show('round', lambda: (round(2.5), round(3.5), round(-2.5), round(0.5), round(1.25, 1), round(12345, -2), round(True), round(7, None)))
show('round str', lambda: round('1'))
show('round ndigits float', lambda: round(1, 1.5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
show('round dunder', lambda: (round(R()), round(R(), 3)))
show('sum', lambda: (sum([1, 2, 3]), sum([1.5, 2.5], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)), sum([0.1] * 10)))
show('sum start kw', lambda: sum([1, 2], start=10))
show('sum strings', lambda: sum(['a', 'b'], ''))
show('sum bytes', lambda: sum([b'a'], b''))
show('sum bytearray', lambda: sum([b'a'], bytearray()))
show('sum mixed', lambda: sum([1, 'a']))
show('sum non-iterable', lambda: sum(5))
show('sum big floats', lambda: (sum([1e100, 1.0, -1e100]), sum([2**70, 0.5]), sum([True, True, 3])))
show('bases', lambda: (bin(5), bin(-5), oct(64), hex(-255), hex(0), bin(2**65)))
show('hex float', lambda: hex(1.0))
show('hex str', lambda: oct('8'))
show('max', lambda: (max(3, 1, 2), max([1, 5, 2]), max('hello'), max([], default='none'), max([3, 1], key=lambda x: -x), max((1, 'a'), (1, 'b'))))
show('min', lambda: (min(3, 1, 2), min([[2], [1, 5]]), min([], default=None), min('bca', key=ord), min(1, 2, key=None)))
show('max empty', lambda: max([]))
show('min empty', lambda: min(()))
show('max no args', lambda: max())
show('max default with many', lambda: max(1, 2, default=0))
show('max bad kw', lambda: max([1], foo=1))
show('max int', lambda: max(5))
show('max mixed', lambda: max(1, 'a'))
show('max ties', lambda: (max([(1, 'x'), (1, 'y')], key=lambda t: t[0]), min([(1, 'x'), (1, 'y')], key=lambda t: t[0])))
show('max nan', lambda: (max(float('nan'), 1), max(1, float('nan'))))
