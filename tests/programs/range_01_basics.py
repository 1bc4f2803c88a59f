# range: start/stop/step, negative steps, empty ranges, len, indexing, membership, reversed, repr.
print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)), list(range(-3, 3)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 27 in r, 31 in r)
print(range(10), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(len(range(0)), len(range(10, 0, -3)), list(range(10, 0, -3)), len(range(-5, 5, 3)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(range(3) == range(3), range(0) == range(5, 5), list(range(3)) == [0, 1, 2])
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(10, 0, -1):
    total = total * 2 + i
print(total)
big = range(0, 10 ** 12, 7)
print(len(big), big[-1], 10 ** 12 - 1 in big, 7 * 123456789 in big)
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append((i, j))
print(acc)
print([i for i in range(20) if i % 3 == 0][::-1], list(enumerate(range(5, 8))))
print(list(zip(range(3), range(10, 13))), tuple(range(2)), set(range(3)) == {0, 1, 2})
print(type(range(1)).__name__, bool(range(0)), bool(range(1)), range(2, 8)[1:3])
