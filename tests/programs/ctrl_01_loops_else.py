# while/for with else clauses, break, continue, nested loops, loop variable after loop.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("no break (for)")
for i in range(3):
    pass
else:
    print("for finished, i =", i)
n = 0
while n < 5:
    n += 1
    if n % 2 == 0:
        continue
    print("odd", n)
else:
    print("while finished, n =", n)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("not printed")
print("after while n =", n)
def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")
find([5, 7, 9], 7)
find([5, 7, 9], 8)
find([], 1)
for x in range(2, 20):
    for d in range(2, x):
        if x % d == 0:
            break
    else:
        print(x, end=" ")
print()
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 42 and a < b:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
while True:
    count += 1
    if count >= 7:
        break
print(count)
for ch in "abcdef":
    if ch in "bd":
        continue
    if ch == "f":
        break
    print(ch, end="")
print()
for i in []:
    print("never")
else:
    print("empty for-else runs")
while False:
    pass
else:
    print("while False else runs")
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print((i, j), end=" ")
        j += 1
    i += 1
print()
