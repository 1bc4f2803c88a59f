def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# list.sort / sorted: stability, key, reverse, mixed-type errors
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (2, 'f')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
l = list(data)
l.sort(key=lambda p: -p[0])
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, True, 2, -0.5]))
show('mixed', lambda: sorted([1, 'a', 2]))
show('mixed2', lambda: sorted(['a', 1]))
show('none', lambda: sorted([None, 1]))
show('dicts', lambda: sorted([{}, {}]))
show('complex', lambda: sorted([1j, 2j]))
show('key err', lambda: sorted([1, 2], key=lambda x: 1 / 0))
show('bad kw', lambda: [].sort(cmp=None))
show('positional', lambda: [].sort(len))
l = [5, 2, 8]
show('sort ret', lambda: l.sort())
print(l)
l = list(range(20, 0, -3))
l.sort(reverse=True)
print(l)
# reverse keeps stability
print(sorted([(1, 'x'), (0, 'y'), (1, 'z')], key=lambda t: t[0], reverse=True))
# sort of lists of lists / tuples
print(sorted([[2, 1], [1, 9], [2, 0], [1]]))
# mutation during sort
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
show('mutate', lambda: l.sort(key=k))
print(l)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return 'Rev(%d)' % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
print(max([Rev(1), Rev(3)]), min([Rev(1), Rev(3)]))
