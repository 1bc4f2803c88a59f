"""`os.path` for POSIX: CPython's `Lib/posixpath.py` pure string
operations (they work on str and bytes alike), and the queries that stat
the file system through `os`."""

import os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(p):
    """(sep, empty, dot) in the string kind of `p`."""
    if isinstance(p, bytes):
        return b'/', b'', b'.'
    return '/', '', '.'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ===== Pure string operations =====

def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep, _, dot = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Leading dots do not start an extension ('.bashrc').
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = os.fspath(path)
    sep, empty, dot = _seps(path)
    dotdot = dot * 2
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX keeps two initial slashes, but three or more are one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not comps)
                or (comps and comps[-1] == dotdot)):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """abspath(): symbolic links are not resolved."""
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    sep, _, dot = _seps(path)
    if start is None:
        start = dot
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dot * 2] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep, _, dot = _seps(paths[0])
    split_paths = [p.split(sep) for p in paths]
    isabs_set = {p[:1] == sep for p in paths}
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_set.pop() else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path
    home = os.environ['HOME']
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


# ===== Queries on the file system =====

def _stat_or_none(path, stat=None):
    try:
        return (stat or os.stat)(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, os.lstat) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and st.st_mode & 0o170000 == 0o100000


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and st.st_mode & 0o170000 == 0o040000


def islink(path):
    st = _stat_or_none(path, os.lstat)
    return st is not None and st.st_mode & 0o170000 == 0o120000


def ismount(path):
    return normpath(abspath(path)) in ('/', b'/')


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
