# list methods: append, extend, insert, pop, remove, index, count, sort (key, reverse), reverse, copy, clear.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.extend(range(2))
a.insert(0, 100)
a.insert(-1, 50)
a.insert(99, 7)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.count(1), a.count(42), a.index(1, 3) if 1 in a[3:] else -1)
b = a.copy()
b.sort()
print(a, b)
b.sort(reverse=True)
print(b)
b.reverse()
print(b)
words = ["banana", "Apple", "cherry", "date", "Fig", "elderberry"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
c = b
c.clear()
print(b, c, b is c)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3][3]
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2][-3] = 0
except IndexError as e:
    print("IndexError:", e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
m = [0] * 5
m[2] = 7
m[-1] += 3
print(m, [None] * 3, [[0] * 2 for _ in range(2)])
e = [1, 2, 3]
e.extend(e)
print(e, e * 0, [] + [], list(), list((1, 2)), list("ab"))
mixed = [5, 2.5, -1, True, 0.0]
mixed.sort()
print(mixed, max(mixed), min(mixed), sum(mixed))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2] + [3], 2 in [1, 2], [] == list())
