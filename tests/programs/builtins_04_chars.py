def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# chr, ord, ascii, repr, format, str/bytes conversions of builtins
print(chr(65), chr(0x20ac), chr(0x1f600), repr(chr(0)), repr(chr(0x10ffff)))
show('chr big', lambda: chr(0x110000))
show('chr neg', lambda: chr(-1))
show('chr str', lambda: chr('a'))
show('chr float', lambda: chr(65.0))
print(ord('A'), ord('\u20ac'), ord('\U0001f600'), ord(b'a'), ord(bytearray(b'z')))
show('ord empty', lambda: ord(''))
show('ord two', lambda: ord('ab'))
show('ord bytes two', lambda: ord(b'ab'))
show('ord int', lambda: ord(1))
print(ascii('abc'), ascii('\u00e9'), ascii('\U0001f600'), ascii([1, '\u20ac']), ascii(b'\xff'), ascii('\n\t'))
print(repr('a\'b'), repr("a'b\"c"), repr('\x00\x7f\x80\xff'), repr('\u2028'), repr(1.0), repr(None), repr(...))
print(format(5), format(5, 'x'), format(3.14159, '.2f'), format('s', '>5'), format(1234567, ','), format(True), format(None))
show('format bad', lambda: format(5, 'q'))
show('format obj', lambda: format(object(), 'x'))
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F(), 'abc'), format(F()), f'{F():zz}')
class BadF:
    def __format__(self, spec):
        return 5
show('format nonstr', lambda: format(BadF()))
class Rep:
    def __repr__(self):
        return 'Rep!'
print(repr(Rep()), str(Rep()), ascii(Rep()), format(Rep()), '%r %s' % (Rep(), Rep()))
class BadRep:
    def __repr__(self):
        return 1
show('repr nonstr', lambda: repr(BadRep()))
class BadStr:
    def __str__(self):
        return None
show('str nonstr', lambda: str(BadStr()))
print(str(b'ab'), str(1.5), str(-0.0), str([None]), repr(b"a'"), repr(bytearray(b'x')))
print(bool(), int(), float(), str(), bytes(), tuple(), list(), dict(), complex())
print(repr(str(b'x', 'ascii')), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
