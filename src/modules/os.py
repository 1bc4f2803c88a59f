"""`os`: CPython's portable layer over the native `posix` module (files,
directories, descriptors, the environment) with `os.path` = `posixpath`.

`stat_result` is a 10-item tuple with the `st_*` attributes (the float
times and nanoseconds as attributes only, as CPython's struct sequence);
`environ` is a mapping that writes through to the process environment.
"""

import sys
import posix as _posix
from posix import (lstat as _lstat, stat as _stat, fstat as _fstat, listdir,
                   mkdir, rmdir, unlink, remove, rename, replace, getcwd, chdir,
                   getpid, cpu_count, strerror, urandom, putenv, unsetenv, open,
                   close, read, write, lseek, ftruncate, isatty,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC,
                   O_APPEND, O_CLOEXEC)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


# ===== Paths =====

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return hasattr(sub, '__fspath__')


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with an `__fspath__` method."""

    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    """The str or bytes of a path or os.PathLike object."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = type(path).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected {}.__fspath__() to return str or bytes, not {}'
                    .format(type(path).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode() if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode() if isinstance(filename, bytes) else filename


def getcwdb():
    return getcwd().encode()


# ===== stat =====

class stat_result(tuple):
    """The result of stat(): (st_mode, st_ino, st_dev, st_nlink, st_uid,
    st_gid, st_size, st_atime, st_mtime, st_ctime) with integer times;
    the attributes give float times and *_ns nanoseconds."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence '
                            '(%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:10])
        self._extra = seq[10:16] if len(seq) >= 16 else \
            tuple(float(t) for t in seq[7:10]) + tuple(t * 10**9 for t in seq[7:10])
        return self

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path) if follow_symlinks else _lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(_lstat(path))


def fstat(fd):
    return stat_result(_fstat(fd))


# ===== Directories =====

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: create the missing parents first."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (b'.' if isinstance(tail, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) per folder,
    names in the order the file system lists them."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


# ===== Environment =====

class _Environ:
    """`os.environ`: a str -> str mapping; changes go to the process
    environment (putenv/unsetenv), so child processes would see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % item for item in self._data.items())

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'items') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


import posixpath as path
sys.modules['os.path'] = path
