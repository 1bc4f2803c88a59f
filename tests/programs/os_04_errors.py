# os errors: errno, strerror, filename(2) and the OSError subclass for each failing call.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_os_04_errors')


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
    def attempt(label, fn, *args, **kw):
        try:
            r = fn(*args, **kw)
        except Exception as e:
            extra = ''
            if isinstance(e, OSError):
                extra = ' errno=%s filename=%r filename2=%r' % (e.errno, e.filename, e.filename2)
            print(label, '->', type(e).__name__, str(e) + extra)
            return None
        print(label, 'ok', repr(r))
        return r


    os.mkdir('full')
    with open('full/x', 'w'):
        pass
    with open('file', 'w'):
        pass
    attempt('mkdir existing', os.mkdir, 'full')
    attempt('mkdir no parent', os.mkdir, 'a/b')
    attempt('makedirs existing', os.makedirs, 'full')
    attempt('makedirs exist_ok', os.makedirs, 'full', exist_ok=True)
    attempt('makedirs over file', os.makedirs, 'file', exist_ok=True)
    attempt('rmdir nonempty', os.rmdir, 'full')
    attempt('rmdir missing', os.rmdir, 'missing')
    attempt('rmdir file', os.rmdir, 'file')
    attempt('remove missing', os.remove, 'missing')
    attempt('remove dir', os.remove, 'full')
    attempt('unlink missing', os.unlink, 'missing')
    attempt('rename missing', os.rename, 'missing', 'other')
    attempt('listdir missing', os.listdir, 'missing')
    attempt('listdir file', os.listdir, 'file')
    attempt('stat missing', os.stat, 'missing')
    attempt('stat through file', os.stat, 'file/x')
    attempt('chdir missing', os.chdir, 'missing')
    attempt('getsize missing', os.path.getsize, 'missing')
    attempt('stat bad type', os.stat, 1.5)
    attempt('remove bad type', os.remove, None)
    attempt('null byte', os.stat, 'a\0b')
    attempt('open null byte', open, 'a\0b')
    attempt('environ null', os.environ.__setitem__, 'K', 'a\0b')
    attempt('exists null', os.path.exists, 'a\0b')
    attempt('urandom neg', os.urandom, -1)
    e = OSError(2, 'No such file or directory', 'f.txt')
    print(type(e).__name__, e, e.args)
    e = OSError(17, 'File exists', 'a', None, 'b')
    print(type(e).__name__, e)
    print(type(OSError(13, 'Permission denied')).__name__, type(OSError(21, 'x')).__name__)
    os.remove('full/x')
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
