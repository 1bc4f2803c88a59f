def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# abs, bin/hex/oct, divmod, pow (2 and 3 args), round, sum
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-2 ** 70))
show('abs str', lambda: abs('x'))
class A:
    def __abs__(self):
        return 'absed'
print(abs(A()))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 70), oct(True))
show('bin float', lambda: bin(1.5))
show('hex str', lambda: hex('a'))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
show('divmod str', lambda: divmod('a', 1))
show('divmod zero float', lambda: divmod(1.0, 0.0))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 'skip', pow(2, 10, 1000), pow(3, 200, 7))
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(base=2, exp=5), pow(2, 0, 1))
show('pow mod zero', lambda: pow(2, 3, 0))
show('pow float mod', lambda: pow(2.0, 3, 5))
show('pow noinv', lambda: pow(2, -1, 4))
show('pow str', lambda: pow('a', 2))
show('pow 0 neg', lambda: pow(0, -1))
print(pow(0.0, 0), pow(0, 0), pow(-1, 0.5) == (6.123233995736766e-17 + 1j))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1250, -2))
print(round(5), round(5, None), round(5.5, None), round(1.23456, 3), type(round(2.0)).__name__, type(round(2.0, 1)).__name__)
print(round(1e300, -299), round(123.456, -1), round(-0.5), round(0.5), round(1.5))
show('round str', lambda: round('x'))
show('round nan', lambda: round(float('nan')))
show('round inf', lambda: round(float('inf')))
show('round ndigits float', lambda: round(1.5, 1.0))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(10), start=-45))
show('sum str', lambda: sum(['a', 'b'], ''))
show('sum bytes', lambda: sum([b'a'], b''))
show('sum bytearray', lambda: sum([b'a'], bytearray()))
show('sum mixed', lambda: sum([1, 'a']))
print(sum([1, 2.5, True]), sum([2 ** 64, 2 ** 64]), sum([1e308, 1e308]), sum([1.5, 2 ** 70]))
print(sum([1j, 2]), sum(x * x for x in range(5)))
