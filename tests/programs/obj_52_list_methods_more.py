# list: every method, slicing forms, sort stability and errors.
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(-1, 99)
print(a, a.pop(), a.pop(0), a.index(99), a.count(1), len(a))
a.remove(99); a.reverse()
print(a, a.copy() == a, a.copy() is a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.clear(); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs))
b = list(range(10))
print(b[2:8:2], b[::-1], b[-3:], b[:-7], b[8:2:-2], b[100:], b[-100:2])
b[1:3] = ["x", "y", "z"]; print(b)
b[::3] = [None] * 4; print(b)
del b[::2]; print(b)
del b[-1]; print(b)
b[len(b):] = [7]; print(b)
c = [1, 2, 3]
c[1:1] = c; print(c)
print([1, 2] + [3], [0] * 3, [[0]] * 2, 2 in [1, 2], [1, 2] == [1, 2.0], [1, 2] < [1, 3], [1] < [1, 0])
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1, "a"].sort(),
            lambda: [][0], lambda: [1].__setitem__(3, 0), lambda: b.__setitem__(slice(0, 10, 2), [1])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
d = [5, 3]
d *= 2; print(d)
d += "ab"; print(d)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(map(str, [1, 2])))
m = [[1, 2], [3, 4]]
print([row[:] for row in m], [x for row in m for x in row], list(zip(*m)))
print(repr([]), repr([[]]), str([1, "a", None]), [1, 2].__len__(), [3, 1, 2].__contains__(3))
r = [1, 2, 3]
r.sort(key=lambda x: -x); print(r)
e = [1]
e.append(e); print(e)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), sorted([3, 1, 2]) == [1, 2, 3])
