# list.sort with key/reverse/stability, slice assignment and deletion, list methods and their errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "K%d" % self.v
print(sorted([K(3), K(1), K(2)]), [1, 2].sort() is None)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[1:1] = [99, 98]
print(lst)
lst[-2:] = []
print(lst)
lst[::2] = "VWXYZ"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
lst[:] = range(3)
print(lst)
del lst[::-2]
print(lst)
m = [1, 2, 3, 2, 1]
print(m.index(2), m.index(2, 2), m.count(1), m.pop(), m.pop(0), m)
m.insert(100, "end"); m.insert(-100, "start"); m.insert(1, "second")
print(m)
m.remove(2)
print(m, m[::-1], m[1:-1:2])
m.reverse(); m.extend("xy"); m.append([0])
print(m, len(m))
for act in [lambda: m.index(42), lambda: m.remove(42), lambda: [].pop(), lambda: [1].pop(5), lambda: m[100],
            lambda: m.__setitem__(100, 0), lambda: m.insert(0), lambda: [].index(1, "a")]:
    try:
        act()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
c = [1, [2]]
cp = c.copy()
cp[1].append(3)
print(c, cp, c == cp, c is cp)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [[]] * 2, [1] * -1, list("abc") + list((1,)))
big = [3, 1, 2] * 3
big.sort()
print(big, sorted(big, reverse=True) == big[::-1], list(reversed([1, 2, 3])))
print(sorted({"b": 1, "a": 2}), sorted("cab"), sorted((3, 1)), sorted([], reverse=True))
