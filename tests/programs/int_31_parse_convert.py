# int() parsing: bases, prefixes, underscores, whitespace; and conversions
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

for s, base in [('42', 10), (' -42 ', 10), ('+7', 10), ('1_000_000', 10), ('0x_ff', 16), ('0xff', 0), ('0o17', 0), ('0b1010', 0),
                ('ff', 16), ('FF', 16), ('z', 36), ('Z', 36), ('10', 2), ('0b10', 2), ('0x10', 16), ('0', 0), ('00', 0),
                ('010', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('', 10), ('12', 1), ('12', 37), ('9', 8),
                ('١٢٣', 10), ('\u0663\u0664', 0), ('0_0', 0), ('0b_1', 0), ('1e5', 10), ('1.0', 10), ('\t\n12\x0c', 10),
                ('- 5', 10), ('--5', 10), ('0X1F', 0), ('0O7', 0), ('0B1', 0)]:
    show(f'int({s!r}, {base})', lambda: int(s, base))
show('int(3.9)', lambda: int(-3.9))
show('int(1e100)', lambda: int(1e100))
show('int(nan)', lambda: int(float('nan')))
show('int(inf)', lambda: int(float('-inf')))
show('int(b"12")', lambda: int(b' 12 '))
show('int(bytearray)', lambda: int(bytearray(b'0x1f'), 16))
show('int(None)', lambda: int(None))
show('int([])', lambda: int([]))
show('int(5, 10)', lambda: int(5, 10))
show('int base kw', lambda: int('z', base=36))
show('int no x', lambda: int(base=10))
show('int bad base type', lambda: int('1', 2.0))
show('int big base', lambda: int('1', 2**70))
class Idx:
    def __index__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 9
class I:
    def __int__(self):
        return 11
class BadI:
    def __int__(self):
        return 'x'
show('int(__index__)', lambda: int(Idx()))
show('int(__int__)', lambda: int(I()))
show('int(bad __int__)', lambda: int(BadI()))
show('int(True)', lambda: (int(True), int(False), type(int(True)).__name__))
show('bin oct hex', lambda: (bin(10), oct(-8), hex(255), hex(-2**70), bin(0), oct(Idx())))
show('bin float', lambda: bin(1.5))
show('str round trip', lambda: int(str(-2**200)) == -2**200)
show('int repr', lambda: repr(-0) + repr(+0) + repr(0x0))
