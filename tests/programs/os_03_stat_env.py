# os.stat results, descriptors (os.open/read/write/lseek/close), environ, getpid, urandom, strerror.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_os_03_stat_env')


def clean(top):
    if os.path.isdir(top):
        for d, dirs, files in os.walk(top, topdown=False):
            for f in files:
                os.remove(os.path.join(d, f))
            os.rmdir(d)


clean(BASE)
os.makedirs(BASE)
home = os.getcwd()
os.chdir(BASE)
try:
    with open('s.txt', 'w') as f:
        f.write('x' * 1234)
    st = os.stat('s.txt')
    print(type(st).__name__, isinstance(st, tuple), len(st))
    print(st.st_size, st[6], st.st_mode & 0o170000 == 0o100000, oct(st.st_mode & 0o777) != '')
    print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
    print(st.st_mtime >= st[8], st.st_nlink, st.st_ino == os.stat(os.path.abspath('s.txt')).st_ino)
    d = os.stat('.')
    print(d.st_mode & 0o170000 == 0o040000, os.lstat('s.txt').st_size)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, repr(st).startswith('os.stat_result(st_mode='))
    with open('s.txt', 'rb') as f:
        fs = os.fstat(f.fileno())
        print(fs.st_size, fs.st_ino == st.st_ino, os.isatty(f.fileno()), f.isatty())

    fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    print(type(fd).__name__, os.write(fd, b'abcdef'), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open('raw.bin', os.O_RDONLY)
    print(os.read(fd, 2), os.read(fd, 100), os.read(fd, 5))
    print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 9))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        os.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e)
    f = open(os.open('raw.bin', os.O_RDWR), 'r+')
    print(f.name == f.fileno(), f.read(3))
    f.close()

    key = 'FERROPY_OS_03_VAR'
    print(key in os.environ, os.getenv(key), os.getenv(key, 'dflt'), os.environ.get(key))
    os.environ[key] = 'value 1'
    print(key in os.environ, os.environ[key], os.getenv(key))
    os.environ.update({key: 'value 2'})
    print(os.environ[key], os.environ.setdefault(key, 'ignored'), os.environ.pop(key))
    print(key in os.environ, os.environ.pop(key, 'gone'))
    try:
        os.environ[key]
    except KeyError as e:
        print('KeyError', e)
    try:
        os.environ[key] = 5
    except TypeError as e:
        print('TypeError', e)
    print(type(os.environ).__name__, len(os.environ) == len(list(os.environ)), 'PATH' in os.environ.copy())
    print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1)
    r = os.urandom(16)
    print(type(r).__name__, len(r), len(os.urandom(0)))
    print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
    print(os.error is OSError, os.fsencode('a'), os.fsdecode(b'b'))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
