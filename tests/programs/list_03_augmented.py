# Augmented assignment: list += mutates in place (aliases see it), tuple += rebinds; *=, str +=, int +=.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s2 = s
s += "c"
print(s, s2)
m = [0]
alias = m
m *= 3
print(m, alias, m is alias)
l = [1]
l += "xy"
l += range(2)
l += (7, 8)
print(l)
try:
    l = l + "z"
except TypeError as e:
    print("TypeError:", e)
try:
    t += [4]
except TypeError as e:
    print("TypeError:", e)
def add_item(lst, item):
    lst += [item]
    return lst
orig = [0]
res = add_item(orig, 1)
print(orig, res, orig is res)
def add_tuple(tp, item):
    tp += (item,)
    return tp
ot = (0,)
rt = add_tuple(ot, 1)
print(ot, rt)
d = {"k": [1]}
d["k"] += [2]
d["n"] = 10
d["n"] += 5
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 9
grid[0] += [1]
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 5
print(shared)
class Box:
    def __init__(self):
        self.items = []
        self.count = 0
bx = Box()
bx.items += ["a"]
bx.count += 1
bx.count *= 10
print(bx.items, bx.count)
x = 5
x += x * 2
x -= 1
x //= 2
print(x)
nums = [1, 2, 3]
for i in range(len(nums)):
    nums[i] **= 2
print(nums)
