def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# hash of builtins, id uniqueness, callable, type()
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(hash(1.5), hash(-0.0), hash(float('inf')), hash(float('-inf')), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(()), hash((1,)), hash((1, 2)), hash(frozenset()), hash(1j), hash(1 + 2j))
print(hash(None) == hash(None), hash(...) == hash(...), hash(len) == hash(len), hash(0.5) == hash(1 / 2))
print(hash('a') == hash('a'), hash(b'a') == hash(b'a'), hash('') , hash(b''))
show('hash list', lambda: hash([1]))
show('hash set', lambda: hash({1}))
show('hash bytearray', lambda: hash(bytearray()))
class H:
    def __hash__(self):
        return 2 ** 100
class H2:
    def __hash__(self):
        return -1
class H3:
    def __hash__(self):
        return 1.5
print(hash(H()), hash(H2()))
show('hash float ret', lambda: hash(H3()))
class E:
    def __eq__(self, o):
        return False
print(E.__hash__)
objs = [object() for _ in range(100)]
print(len({id(o) for o in objs}), id(objs[0]) == id(objs[0]), isinstance(id(1), int))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
print(type(1), type('a'), type(None), type(type), type(len), type([].append), type(print))
print(type('X', (), {'v': 1})().v, type('Y', (int,), {})(5) + 1)
show('type two args', lambda: type('a', ()))
show('type bad bases', lambda: type('a', 5, {}))
show('type bad dict', lambda: type('a', (), 5))
print(type.__name__, type(type(1)).__name__, int.__class__.__name__)
