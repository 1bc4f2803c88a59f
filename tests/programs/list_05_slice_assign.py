def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# list slice assignment, extended slices, deletion, and their errors
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[1:1] = [100, 200, 300]
print(l)
l[-2:] = []
print(l)
l[:] = 'xyz'
print(l)
l = list(range(10))
l[::2] = 'ABCDE'
print(l)
l[1::3] = [None] * 3
print(l)
show('ext len', lambda: l.__setitem__(slice(None, None, 2), [1, 2]))
show('ext len0', lambda: l.__setitem__(slice(None, None, -1), []))
show('non iter', lambda: l.__setitem__(slice(0, 2), 5))
show('non iter ext', lambda: l.__setitem__(slice(0, 4, 2), 5))
l = list(range(10))
del l[::3]
print(l)
del l[-1::-2]
print(l)
l = list(range(10))
del l[2:100]
print(l)
l = list(range(6))
l[4:1] = ['q']
print(l)
l = list(range(6))
l[::-2] = 'abc'
print(l)
l = [1, 2, 3]
l[:] = l
print(l)
l[1:2] = l
print(l)
l = list(range(8))
l[slice(1, 7, 2)] = range(3)
print(l)
show('step0', lambda: l.__setitem__(slice(None, None, 0), []))
show('del step0', lambda: l.__delitem__(slice(None, None, 0)))
show('get step0', lambda: l[::0])
show('str idx', lambda: l['a'])
show('float idx', lambda: l[1.0])
show('float slice', lambda: l[1.0:2])
show('set idx', lambda: l.__setitem__('a', 1))
show('del oob', lambda: l.__delitem__(100))
show('set oob', lambda: l.__setitem__(100, 1))
show('get oob', lambda: l[100])
show('get neg oob', lambda: l[-100])
print(l[-100:100], l[100:], l[5:2], l[::-3])
