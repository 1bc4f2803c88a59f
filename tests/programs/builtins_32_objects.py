# callable, getattr/setattr/delattr/hasattr, isinstance/issubclass, hash, len, repr/ascii, vars, format, chr/ord
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, 2)
show('callable', lambda: (callable(len), callable(Point), callable(p), callable(p.__repr__), callable(None), callable(lambda: 0)))
show('getattr', lambda: (getattr(p, 'x'), getattr(p, 'z', 'dflt'), getattr(p, 'z', None)))
show('getattr missing', lambda: getattr(p, 'z'))
show('getattr non-str', lambda: getattr(p, 1))
show('getattr too many', lambda: getattr(p, 'x', 1, 2))
show('setattr/delattr', lambda: (setattr(p, 'z', 3), p.z, delattr(p, 'z'), hasattr(p, 'z')))
show('delattr missing', lambda: delattr(p, 'nope'))
show('setattr builtin', lambda: setattr(1, 'x', 2))
show('hasattr raising', lambda: hasattr(type('X', (), {'a': property(lambda s: 1 / 0)})(), 'a'))
show('isinstance', lambda: (isinstance(1, int), isinstance(True, int), isinstance(1, (str, (float, int))), isinstance(1, int | str), isinstance(None, type(None)), isinstance(p, object)))
show('isinstance bad', lambda: isinstance(1, 'int'))
show('isinstance bad tuple', lambda: isinstance(1, (int, 'x')) )
show('isinstance bad tuple 2', lambda: isinstance('', (int, 'x')))
show('issubclass', lambda: (issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int | None), issubclass(Point, Point)))
show('issubclass non-class', lambda: issubclass(1, int))
show('issubclass non-class 2', lambda: issubclass(int, 1))
show('hash', lambda: (hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(()), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None)))
show('hash list', lambda: hash([]))
show('hash tuple with list', lambda: hash((1, [])))
show('hash dict', lambda: hash({}))
class NoHash:
    __hash__ = None
show('hash None', lambda: hash(NoHash()))
show('len', lambda: (len('abc'), len([1]), len({}), len(range(5)), len(b'ab'), len(frozenset([1, 1]))))
show('len int', lambda: len(5))
show('len generator', lambda: len(x for x in []))
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
class StrLen:
    def __len__(self):
        return '3'
show('len negative', lambda: len(BadLen()))
show('len big', lambda: len(BigLen()))
show('len str', lambda: len(StrLen()))
show('repr/ascii', lambda: (repr('é\n'), ascii('é\n☃'), ascii([p, 'ü']), repr(1.0), ascii(b'\xff'), str(None)))
show('vars', lambda: sorted(vars(p).items()))
show('vars int', lambda: vars(1))
show('vars too many', lambda: vars(1, 2))
show('vars module', lambda: 'show' in vars())
show('format', lambda: (format(3.14159, '.2f'), format('x', '^5'), format(p), format(10, 'b'), format(p, '')))
show('format object spec', lambda: format(p, 'x'))
show('chr/ord', lambda: (chr(65), chr(0x1F600), ord('a'), ord('€'), ord(b'a'), ord(bytearray(b'z')), chr(0), chr(0x10FFFF)))
show('chr neg', lambda: chr(-1))
show('chr big', lambda: chr(0x110000))
show('chr float', lambda: chr(65.0))
show('ord long', lambda: ord('ab'))
show('ord empty', lambda: ord(''))
show('ord bytes long', lambda: ord(b'ab'))
show('ord int', lambda: ord(5))
show('id stable', lambda: id(p) == id(p))
show('type', lambda: (type(1).__name__, type('X', (object,), {'a': 1}).a, type(type).__name__))
show('type bad', lambda: type('X', 1, {}))
show('type 2 args', lambda: type(1, 2))
