# os.path string operations (posixpath): join, split, splitext, normpath...
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.devnull)
print(os.name, repr(os.linesep))
for parts in [('a', 'b', 'c'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('/',), ('a', ''), ('/usr', 'lib/', 'x.py')]:
    print('join', parts, repr(os.path.join(*parts)))
print(os.path.join(b'a', b'b'))
for p in ['/usr/lib/python3.11/os.py', 'os.py', '/', '', 'a/b/', '//x', 'a//b', '/a', '.', '..', 'a/.hidden']:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ['a.txt', 'a/b.tar.gz', '.bashrc', 'a.b/c', 'x.', '..', 'a/..b', '/x/.y.z', b'f.bin']:
    print(repr(p), os.path.splitext(p))
for p in ['a//b', 'a/./b', 'a/b/../c', '../x', '/../x', '//a//b', '///a', '', '.', 'a/..', './a/', 'a/b/../../..', b'/a/./b/']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.abspath('/a/b/../c'), os.path.realpath('/a/./b'))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'), os.path.relpath('/a/b', '/a/b'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x']), os.path.commonpath(['a/b', 'a/c']))
print(os.path.splitdrive('/a/b'), os.path.normcase('A/b'))
print(os.fspath('p'), os.fspath(b'p'))


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(os.fspath(P('x/y')), os.path.join(P('a'), 'b'), os.path.basename(P('/q/r.txt')))
print(isinstance(P('a'), os.PathLike), isinstance('a', os.PathLike), issubclass(P, os.PathLike))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError:', e)
print(os.path.expanduser('nohome'), os.path.exists(''), os.path.isdir(''), os.path.isfile('/'))
