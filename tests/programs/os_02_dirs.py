# Directories: mkdir, makedirs, listdir, walk, rename/replace/renames, remove, rmdir, removedirs, chdir.
import os

BASE = os.path.join('/tmp', 'ferropy_io_test_os_02_dirs')


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
    print(sorted(os.listdir()), os.listdir('.') == os.listdir())
    os.mkdir('d1')
    os.makedirs('d2/sub/deeper')
    os.makedirs('d2/sub', exist_ok=True)
    for name in ['f1.txt', 'd1/f2.txt', 'd2/sub/f3.txt', 'd2/sub/deeper/f4.txt']:
        with open(name, 'w') as f:
            f.write(name * 3)
    print(sorted(os.listdir('.')), sorted(os.listdir('d2/sub')))
    print(sorted(os.listdir(b'd1')))
    print(os.path.exists('d1'), os.path.isdir('d1'), os.path.isfile('d1'))
    print(os.path.exists('f1.txt'), os.path.isdir('f1.txt'), os.path.isfile('f1.txt'))
    print(os.path.exists('nope'), os.path.isfile('nope'), os.path.isdir('nope'))
    print(os.path.getsize('d1/f2.txt'), os.path.islink('f1.txt'), os.path.lexists('f1.txt'))
    for top, dirs, files in os.walk('.'):
        dirs.sort()
        print('walk', top, dirs, sorted(files))
    print([(t, sorted(d), sorted(f)) for t, d, f in sorted(os.walk('d2', topdown=False))])
    os.rename('f1.txt', 'd1/moved.txt')
    print(sorted(os.listdir('d1')), os.path.exists('f1.txt'))
    os.replace('d1/moved.txt', 'd1/f2.txt')
    with open('d1/f2.txt') as f:
        print(f.read())
    os.rename('d2', 'd3')
    print(sorted(os.listdir('.')))
    os.unlink('d1/f2.txt')
    os.rmdir('d1')
    os.remove('d3/sub/deeper/f4.txt')
    os.removedirs('d3/sub/deeper')
    print(sorted(os.listdir('.')), sorted(os.listdir('d3/sub')))
    here = os.getcwd()
    os.chdir('d3')
    print(os.path.basename(os.getcwd()), sorted(os.listdir()))
    os.chdir('..')
    print(os.getcwd() == here, os.path.samefile('.', here))
    os.makedirs('e/f')
    os.renames('d3/sub/f3.txt', 'g/h/f3.txt')
    print(sorted(os.listdir('.')), os.listdir('g/h'))
finally:
    os.chdir(home)
    clean(BASE)
print(os.path.exists(BASE))
