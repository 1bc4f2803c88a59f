# Starred assignment targets and unpacking: errors with CPython's messages.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[a, [b, *c]] = [1, (2, 3, 4)]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
*all_of_it, = {"k": 1, "j": 2}
print(all_of_it)
first, *_, last = iter([10, 20, 30, 40])
print(first, last, _)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
d = {}
d["a"], *d["rest"] = "hello"
print(d)
class O:
    pass
o = O()
o.x, *o.y = 1, 2, 3
print(o.x, o.y)
lst = [0, 0, 0]
lst[0], *lst[1:] = [7, 8, 9, 10]
print(lst)

def unpack(seq, pattern):
    try:
        if pattern == 1:
            a, b = seq
            return a, b
        if pattern == 2:
            a, b, *c = seq
            return a, b, c
        if pattern == 3:
            a, *b, c, d = seq
            return a, b, c, d
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
print(unpack([1], 1))
print(unpack([1, 2, 3], 1))
print(unpack(range(10), 1))
print(unpack("a", 2))
print(unpack([1, 2], 3))
print(unpack(5, 1))
print(unpack(None, 2))
print(unpack(iter([1, 2, 3]), 1))
print(unpack({1: 2}, 2))

def gen():
    yield 1
    yield 2
    print("generator exhausted check")
a, b = gen()
print(a, b)

for src in ["*a = [1]", "a, *b, *c = 1, 2", "*a, *b = []", "print(*)", "del *a, b", "x = *a",
            "[*a for a in b]", "*a, b += 1", "a, b += 1, 2"]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

t = *range(3), 9
print(t)
print(*[1, 2], sep="-")
x = [*range(2), *"ab", *(None,)]
print(x)
big = list(range(300))
h, *mid, tail = big
print(h, len(mid), tail)
s1, s2 = {"only"}, {"two", "two"}
print(s1, s2)
(p := 1, q := 2) if False else None
((m, n),) = [(5, 6)]
print(m, n)
a = b = c = [1]
a += [2]
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
