# Loops and branches: else clauses, nested break/continue, while conditions, pass, one-liners.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
    else:
        print("inner else never runs after break")
else:
    print("outer else runs")

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(find("abc", "c"), find("abc", "z"), find([], 1))

n = 0
while n < 10:
    n += 3
else:
    print("while else", n)

while False:
    pass
else:
    print("else of a loop that never ran")

if 0: print("no")
elif []: print("no")
elif "": print("no")
else: print("all falsy")

x = 5
if x > 3: y = "big"; z = "also"
print(y, z)
for c in "ab": print(c, end=" ")
print()
while x > 3: x -= 1
print(x)

def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    return "large"
print([classify(v) for v in (-1, 0, 5, 50)])

total = 0
for i in range(100):
    if i % 2:
        continue
    if i > 10:
        break
    total += i
print(total)

it = iter([1, 2, 3, 4])
for a in it:
    b = next(it, None)
    print("a", a, "b", b)

def loop_with_return():
    for i in range(5):
        while True:
            if i == 3:
                return "returned at %d" % i
            break
print(loop_with_return())

count = 0
for _ in range(3):
    for _ in range(3):
        for _ in range(3):
            count += 1
print(count)

items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
    if len(items) > 5:
        break
print(items)

result = []
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    result.append(i * (a + b))
print(result)

print("ternary", "yes" if 1 else "no", "yes" if 0 else "no", 1 if 0 else 2 if 0 else 3)
flag = True
while flag:
    flag = False
    print("ran once")
for x in range(3):
    pass
print("x after loop", x)
for x in []:
    pass
print("x unchanged", x)
