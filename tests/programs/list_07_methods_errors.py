def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# list methods and their exact errors
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(9, -3), l.count(1), l.count(7))
show('index missing', lambda: l.index(7))
show('index range', lambda: l.index(3, 1))
show('remove missing', lambda: l.remove(42))
show('pop empty', lambda: [].pop())
show('pop oob', lambda: [1].pop(5))
show('pop str', lambda: [1].pop('a'))
show('insert few', lambda: l.insert(1))
show('append none', lambda: l.append())
show('append two', lambda: l.append(1, 2))
show('extend int', lambda: l.extend(5))
show('count none', lambda: l.count())
l2 = l.copy()
l2.insert(0, 'a')
l2.insert(100, 'z')
l2.insert(-100, 'first')
l2.insert(-1, 'pen')
print(l2)
l2.remove(1)
print(l2)
print(l2.pop(), l2.pop(0), l2.pop(-2), l2)
l2.reverse()
print(l2)
l2.clear()
print(l2, l)
print(l.index(5, 0, 100), l.index(6, -1))
show('index stop', lambda: l.index(6, 0, 3))
m = [1, 2, 3]
class Eq:
    def __eq__(self, o):
        m.clear()
        return False
m2 = [1, 2, Eq()]
show('remove eq', lambda: m2.remove(5))
print(m2[:2])
show('list.append self', lambda: list.append(5, 1))
show('list.append unbound', lambda: list.append([], 1))
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1))
x = [1, 2, 3]
x.__setitem__(0, 9)
x.__delitem__(1)
print(x, x.__iadd__([4]), x.__imul__(2), x.__mul__(1), x.__rmul__(2))
print([].__class__, type([]).__name__, list.__name__, list.__qualname__)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(type(iter([])).__name__, type(reversed([])).__name__)
lr = [1, 2, 3]
r = reversed(lr)
lr.append(4)
print(list(r))
lr = [1, 2, 3]
r = reversed(lr)
next(r)
lr.clear()
print(list(r))
