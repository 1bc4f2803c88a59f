# The io module: names, StringIO/BytesIO, the base classes, io.open is open.
import io

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom)
print(io.TextIOWrapper, io.StringIO, io.BytesIO)
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
print(io.UnsupportedOperation, open)

s = io.StringIO()
print(type(s).__name__, s.write('abc\n'), s.write('def'), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(s.readline(), repr(s.read()), s.read())
s.seek(1)
s.write('Z')
print(repr(s.getvalue()))
print(list(io.StringIO('x\ny\nz')))
print(io.StringIO('a\nb').readlines())
with io.StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
b = io.BytesIO(b'hello\nworld')
print(b.read(3), b.readline(), b.read(), b.tell())
b.write(b'!!')
print(b.getvalue())
b.seek(0)
print(b.read1(4), bytes(b.getbuffer()[:2]))
print(print('to stringio', file=io.StringIO()))
out = io.StringIO()
print('a', 1, sep='|', end='$', file=out)
print(repr(out.getvalue()))

for obj in [io.StringIO(), io.BytesIO()]:
    print(type(obj).__name__, isinstance(obj, io.IOBase), isinstance(obj, io.TextIOBase),
          isinstance(obj, io.BufferedIOBase), isinstance(obj, io.RawIOBase))


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print('shout', file=u)
print(u.parts, isinstance(u, io.IOBase), u.readable(), u.closed)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(int, io.IOBase))
