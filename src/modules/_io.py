"""The I/O stack behind `open()` and `io` (CPython's `_io`, after `_pyio`).

Three layers, as in CPython: FileIO does one system call per operation on
a descriptor of the native `posix` module (which runs it with the thread
detached); BufferedReader/BufferedWriter/BufferedRandom keep a read-ahead
and a write buffer over it; TextIOWrapper encodes and decodes (utf-8,
ascii, latin-1) and translates newlines. StringIO and BytesIO are the
in-memory streams. The builtin `open` is `_open` reached through a native
trampoline, so `io.open is open`.

Text reading keeps the decoded characters untranslated: `tell()` is the
byte position of the next unread character, found by encoding what has
not been consumed, and newline translation happens as lines are taken.
"""

import posix as _posix
import _thread
import _weakref

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_S_IFMT = 0o170000
_S_IFDIR = 0o040000


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _closed_error(msg='I/O operation on closed file.'):
    return ValueError(msg)


# ===== Base classes =====

class _IOBase:
    """What every stream shares: closing, iteration, context manager."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self, msg='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    pass


class _BufferedIOBase(_IOBase):
    pass


class _TextIOBase(_IOBase):
    pass


def _name_repr(obj):
    try:
        name = obj.name
    except AttributeError:
        return ''
    return ' name=%r' % (name,)


def _bytes_arg(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, (bytearray, memoryview)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


# ===== FileIO: one system call per operation =====

def _parse_raw_mode(mode):
    """(flags, readable, writable, created, appending) of a FileIO mode."""
    if not isinstance(mode, str):
        raise TypeError('invalid mode: %r' % (mode,))
    kinds = [c for c in mode if c in 'rwxa']
    if len(kinds) != 1 or set(mode) - set('rwxab+') or mode.count('+') > 1 \
            or len(set(mode)) != len(mode):
        raise ValueError('Must have exactly one of create/read/write/append '
                         'mode and at most one plus')
    kind = kinds[0]
    plus = '+' in mode
    readable = kind == 'r' or plus
    writable = kind != 'r' or plus
    flags = 2 if readable and writable else (0 if readable else 1)
    if kind == 'w':
        flags |= _posix.O_CREAT | _posix.O_TRUNC
    elif kind == 'x':
        flags |= _posix.O_CREAT | _posix.O_EXCL
    elif kind == 'a':
        flags |= _posix.O_CREAT | _posix.O_APPEND
    return flags, readable, writable, kind == 'x', kind == 'a'


class FileIO(_RawIOBase):
    _fd = -1
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        flags, self._readable, self._writable, self._created, self._appending = \
            _parse_raw_mode(mode)
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._fd = fd
        self._closefd = closefd
        try:
            st = _posix.fstat(fd)
            if st[0] & _S_IFMT == _S_IFDIR:
                raise IsADirectoryError(21, _posix.strerror(21), file)
            if self._appending:
                _posix.lseek(fd, 0, 2)
        except BaseException:
            if closefd and not isinstance(file, int):
                _posix.close(fd)
            self._fd = -1
            raise
        self.name = file

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _check(self, reading):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        if reading and not self._readable:
            raise UnsupportedOperation('File not open for reading')
        if not reading and not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check(True)
        return _posix._readall(self._fd)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check(False)
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=0):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, size=None):
        self._check(False)
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            if self._closefd:
                _posix.close(fd)

    def flush(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return self._fd

    def isatty(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return _posix.isatty(self._fd)

    def readable(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return self._readable

    def writable(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return self._writable

    def seekable(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')
        return True

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO%s mode=%r closefd=%r>' % (
            _name_repr(self), self.mode, self._closefd)


# ===== Buffered streams =====

# Streams with a write side, by id, as weak references: flushed at exit,
# because an object deferred by a thread start dies only at a collection
# (DESIGN.md, "Known differences"), which may not come before exit.
_writers = {}
_exit_hook = []


def _flush_writers():
    for ref in list(_writers.values()):
        stream = ref()
        if stream is not None:
            try:
                stream.flush()
            except Exception:
                pass


def _track_writer(stream):
    if not _exit_hook:
        import atexit
        atexit.register(_flush_writers)
        _exit_hook.append(True)
    _writers[id(stream)] = _weakref.ref(stream)


def _locked(method):
    """Run `method` holding the stream's lock: buffered streams may be
    shared by threads (as CPython's), text streams may not."""
    def locked(self, *args):
        with self._lock:
            return method(self, *args)
    locked.__name__ = method.__name__
    locked.__qualname__ = method.__qualname__
    return locked


class _Buffered(_BufferedIOBase):
    """Read-ahead (`_rbuf` from `_rpos`) and pending writes (`_wbuf`) over a
    raw stream. At most one of the two is non-empty: a write drops the
    read-ahead (moving the raw position back to the logical one) and a
    read flushes the writes first."""

    _can_read = False
    _can_write = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = []
        self._wlen = 0
        self._lock = _thread.allocate_lock()
        if self._can_write:
            _track_writer(self)

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self._can_read and self.raw.readable()

    def writable(self):
        return self._can_write and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def __repr__(self):
        return '<_io.%s%s>' % (type(self).__name__, _name_repr(self))

    # ----- reading -----

    def _check_read(self):
        self._checkClosed('read of closed file')
        if not self._can_read:
            raise UnsupportedOperation('read')
        if self._wlen:
            self._flush_writes()

    def _fill(self, want):
        """Read from raw until `want` bytes are buffered or end of file;
        returns False at end of file."""
        chunk = self.raw.read(max(self.buffer_size, want - (len(self._rbuf) - self._rpos)))
        if not chunk:
            return False
        self._rbuf = self._rbuf[self._rpos:] + chunk
        self._rpos = 0
        return True

    def _take(self, n):
        end = self._rpos + n
        data = self._rbuf[self._rpos:end]
        self._rpos = min(end, len(self._rbuf))
        return data

    @_locked
    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            rest = self._take(len(self._rbuf))
            return rest + self.raw.readall()
        while len(self._rbuf) - self._rpos < size and self._fill(size):
            pass
        return self._take(size)

    @_locked
    def read1(self, size=-1):
        self._check_read()
        if self._rpos == len(self._rbuf):
            self._fill(1)
        if size is None or size < 0:
            size = len(self._rbuf)
        return self._take(size)

    @_locked
    def peek(self, size=0):
        self._check_read()
        if self._rpos == len(self._rbuf):
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    @_locked
    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        while True:
            nl = self._rbuf.find(b'\n', self._rpos)
            if nl >= 0:
                end = nl + 1 - self._rpos
                break
            if 0 <= size <= len(self._rbuf) - self._rpos or not self._fill(1):
                end = len(self._rbuf) - self._rpos
                break
        if 0 <= size < end:
            end = size
        return self._take(end)

    # ----- writing -----

    @_locked
    def write(self, b):
        self._checkClosed('write to closed file')
        if not self._can_write:
            raise UnsupportedOperation('write')
        data = _bytes_arg(b)
        if self._rpos < len(self._rbuf):
            self.raw.seek(self._rpos - len(self._rbuf), 1)
        self._rbuf = b''
        self._rpos = 0
        if self._wlen + len(data) > self.buffer_size:
            # As CPython: write out what is pending; a large write goes
            # straight through, a small one starts the next buffer.
            self._flush_writes()
        self._wbuf.append(data)
        self._wlen += len(data)
        if self._wlen >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        data = b''.join(self._wbuf)
        self._wbuf = []
        self._wlen = 0
        while data:
            n = self.raw.write(data)
            data = data[n:]

    @_locked
    def flush(self):
        self._checkClosed('flush of closed file')
        self._flush_writes()

    # ----- positioning -----

    @_locked
    def tell(self):
        pos = self.raw.tell() - (len(self._rbuf) - self._rpos) + self._wlen
        return max(pos, 0)

    @_locked
    def seek(self, pos, whence=0):
        if whence not in (0, 1, 2):
            raise ValueError('whence value %r unsupported' % (whence,))
        self._checkClosed('seek of closed file')
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        return self.raw.seek(pos, whence)

    @_locked
    def truncate(self, pos=None):
        self._checkClosed('truncate of closed file')
        if not self._can_write:
            raise UnsupportedOperation('truncate')
        self._flush_writes()
        if pos is None:
            pos = self.raw.tell() - (len(self._rbuf) - self._rpos)
        return self.raw.truncate(pos)

    @_locked
    def close(self):
        _writers.pop(id(self), None)
        if self.raw.closed:
            return
        try:
            if self._wlen:
                self._flush_writes()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw


class BufferedReader(_Buffered):
    _can_read = True


class BufferedWriter(_Buffered):
    _can_write = True

    def read(self, size=-1):
        self._checkClosed('read of closed file')
        raise UnsupportedOperation('read')

    readline = read1 = read


class BufferedRandom(_Buffered):
    _can_read = True
    _can_write = True


# ===== TextIOWrapper =====

_UTF8_NAMES = ('utf-8', 'utf8', 'u8', 'utf', 'utf_8', 'cp65001')


def _normal_encoding(encoding):
    return encoding.lower().replace(' ', '-')


class TextIOWrapper(_TextIOBase):
    _CHUNK_SIZE = DEFAULT_BUFFER_SIZE
    _telling = True

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('illegal newline type: %r' % (type(newline),))
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s'
                            % type(encoding).__name__)
        ''.encode(encoding)
        if errors is None:
            errors = 'strict'
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._utf8 = _normal_encoding(encoding).replace('-', '_') in \
            [n.replace('-', '_') for n in _UTF8_NAMES]
        self._reset_read()

    def _reset_read(self):
        self._text = ''        # decoded, untranslated characters
        self._tpos = 0         # first unconsumed character of _text
        self._pending = b''    # bytes of an incomplete character
        self._eof = False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def newlines(self):
        return None

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def __repr__(self):
        result = '<_io.TextIOWrapper'
        result += _name_repr(self)
        try:
            result += ' mode=%r' % (self.mode,)
        except AttributeError:
            pass
        return result + ' encoding=%r>' % (self.encoding,)

    # ----- decoding -----

    def _decode(self, data, final):
        data = self._pending + data
        cut = len(data)
        if self._utf8 and not final:
            # Keep an incomplete trailing UTF-8 sequence for the next chunk.
            i = len(data) - 1
            while i >= 0 and i >= len(data) - 4:
                b = data[i]
                if b < 0x80:
                    break
                if b >= 0xC0:
                    need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                    if len(data) - i < need:
                        cut = i
                    break
                i -= 1
        self._pending = data[cut:]
        return data[:cut].decode(self.encoding, self.errors)

    def _read_chunk(self):
        """Decode one more chunk into _text; False at end of file."""
        if self._eof:
            return False
        data = self.buffer.read1(self._CHUNK_SIZE)
        self._eof = not data
        text = self._decode(data, self._eof)
        self._text = self._text[self._tpos:] + text
        self._tpos = 0
        return bool(text) or not self._eof

    def _check_read(self):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')

    def _translate(self, s):
        if self._newline is None and '\r' in s:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        return s

    # ----- reading -----

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            rest = self._text[self._tpos:] + self._decode(self.buffer.read(), True)
            self._reset_read()
            self._eof = True
            return self._translate(rest)
        out = []
        while size > 0 and self._more():
            piece = self._take_chars(size)
            out.append(piece)
            size -= len(piece)
        return ''.join(out)

    def _more(self):
        """Make an unconsumed character available; False at end of file."""
        while self._tpos >= len(self._text):
            if not self._read_chunk():
                return False
        return True

    def _take_chars(self, n):
        """Up to `n` translated characters from _text (at least one)."""
        text, start = self._text, self._tpos
        end = min(start + n, len(text))
        if self._newline is None:
            # Each '\r\n' is one character: widen until n are covered.
            while True:
                got = len(self._translate(text[start:end]))
                if got >= n or end >= len(text):
                    break
                end = min(end + n - got, len(text))
            if text[end - 1] == '\r':
                # Is it the first half of a '\r\n'? Look into the next chunk.
                while end == len(self._text):
                    rel = end - self._tpos
                    if not self._read_chunk():
                        break
                    end = rel
                text, start = self._text, self._tpos
                if end < len(text) and text[end] == '\n':
                    end += 1
        self._tpos = end
        return self._translate(text[start:end])

    def _line_end(self, text, start):
        """End index of the line starting at `start`, or -1 if `text` does
        not yet show where it ends."""
        nl = self._newline
        if nl == '\n' or nl == '\r':
            i = text.find(nl, start)
            return -1 if i < 0 else i + 1
        if nl == '\r\n':
            i = text.find('\r\n', start)
            return -1 if i < 0 else i + 2
        i = text.find('\n', start)
        j = text.find('\r', start, i if i >= 0 else len(text))
        if j < 0:
            return -1 if i < 0 else i + 1
        if j + 1 == len(text):
            return -1 if not self._eof else j + 1
        return j + 2 if text[j + 1] == '\n' else j + 1

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._text, self._tpos)
            if end >= 0 or 0 <= size < len(self._text) - self._tpos:
                break
            if not self._read_chunk():
                break
        text, start = self._text, self._tpos
        if end < 0:
            end = len(text)
        # `size` counts translated characters: a final '\r\n' is one.
        length = end - start
        if self._newline is None and text.endswith('\r\n', start, end):
            length -= 1
        if 0 <= size < length:
            end = start + size
        self._tpos = end
        return self._translate(text[start:end])

    def __next__(self):
        # As CPython: tell() is refused while iterating, until end of file.
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    # ----- writing -----

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._text or self._pending:
            self._reset_read()
        text = s
        if self._newline in ('\r', '\r\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ('\n' in s or '\r' in s) or self.write_through:
            self.buffer.flush()
        return len(s)

    def flush(self):
        self._checkClosed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    # ----- positioning -----

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.buffer.flush()
        pos = self.buffer.tell() - len(self._pending)
        rest = self._text[self._tpos:]
        if rest:
            pos -= len(rest.encode(self.encoding, self.errors))
        return pos

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self.buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._reset_read()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ===== In-memory streams =====

class _MemoryIO:
    """StringIO and BytesIO: a value and a position."""

    def __init__(self, initial_value):
        self._buf = initial_value
        self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

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
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        s = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def write(self, s):
        self._check()
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._zero * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._buf) + pos
        elif pos < 0:
            raise ValueError(self._negative_seek % pos)
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
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True


class StringIO(_MemoryIO, _TextIOBase):
    _closed_message = 'I/O operation on closed file'
    _negative_seek = 'Negative seek position %d'
    _zero = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value or '')

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        return _MemoryIO.write(self, s)


class BytesIO(_MemoryIO, _BufferedIOBase):
    _closed_message = 'I/O operation on closed file.'
    _negative_seek = 'negative seek value %d'
    _zero = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        _MemoryIO.__init__(self, bytes(initial_bytes or b''))

    def write(self, b):
        return _MemoryIO.write(self, _bytes_arg(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)


# ===== open() =====

def _open(file, mode='r', buffering=-1, encoding=None, errors=None,
          newline=None, closefd=True, opener=None):
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s"
                        % type(errors).__name__)
    if newline is not None and not isinstance(newline, str):
        raise TypeError("open() argument 'newline' must be str or None, not %s"
                        % type(newline).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % (mode,))
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    kinds = creating + reading + writing + appending
    if kinds > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if kinds == 0:
        raise ValueError('Must have exactly one of create/read/write/append '
                         'mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    raw_mode = ('x' if creating else 'r' if reading else 'w' if writing else 'a')
    raw = FileIO(file, raw_mode + ('+' if updating else ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif reading:
            buffer = BufferedReader(raw, buffering)
        else:
            buffer = BufferedWriter(raw, buffering)
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    try:
        fspath = type(path).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__) from None
    result = fspath(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(path).__name__, type(result).__name__))
    return result


import builtins as _builtins
open = _builtins.open
del _builtins
