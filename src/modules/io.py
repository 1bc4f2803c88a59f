"""A minimal `io`: in-memory text and bytes streams (StringIO, BytesIO).

Only what the bundled tokenize/dis/inspect and simple programs need:
read, readline, readlines, write, getvalue, seek, tell, iteration, close
and the context-manager protocol. Files are not opened through it.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _MemoryIO:
    _empty = ''

    def __init__(self, initial_value=None):
        self._buf = self._empty if initial_value is None else initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        s = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._check()
        nl = self._find_newline()
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def _find_newline(self):
        return self._buf.find(self._newline, self._pos)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError('%s argument expected, got %r' % (type(self._empty).__name__, type(s).__name__))
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._zero * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._buf) + pos
        self._pos = max(0, pos)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    _empty = ''
    _zero = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value or '')


class BytesIO(_MemoryIO):
    _empty = b''
    _zero = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        _MemoryIO.__init__(self, bytes(initial_bytes or b''))

    def write(self, b):
        if isinstance(b, (bytearray, memoryview)):
            b = bytes(b)
        elif not isinstance(b, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return _MemoryIO.write(self, b)
