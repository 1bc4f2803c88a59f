# Assignment expressions: in comprehensions (binding the enclosing scope), loops, conditions.
data = [3, 8, 1, 9, 4, 12]
if (n := len(data)) > 5:
    print("long list", n)
evens = [y for x in data if (y := x * 2) > 10]
print(evens, y)
print([last := v for v in data][-1], last)
totals = [total := 0] + [total := total + v for v in data]
print(totals, total)


def first_match(key, lines):
    for line in lines:
        if (at := line.find(key)) >= 0:
            return line[at + len(key):].split()[0], line
    return None


print(first_match("id=", ["none", "x id=42 y", "id=7"]))
buf = iter(["chunk1", "chunk2", ""])
chunks = []
while (chunk := next(buf)):
    chunks.append(chunk)
print(chunks)


def counter():
    hits = [h for word in ["a", "bb", "ccc"] if (h := len(word)) >= 2]
    return hits, h


print(counter())


def nested_scope():
    found = None
    def search(items):
        nonlocal found
        return any((found := i) > 5 for i in items)
    return search([1, 7, 3]), found


print(nested_scope())


class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]


print(Config.doubled)
print({k: (sq := k * k) for k in range(4)}, sq)
print((z := 5, z + 1), z)
print([(a, b) for a in range(3) if (b := a % 2)])
gen = (w for v in range(3) if (w := v + 10))
print(list(gen), w)
for src in ["[i := 0 for i in range(2)]", "[x for x in range(3) if (x := 1)]",
            "def f():\n    [(j := 1) for j in range(2)]", "class C:\n    [(q := 1) for _ in range(2)]",
            "(a.b := 1)", "x := 1"]:
    try:
        compile(src, "<walrus>", "exec")
        print("compiled", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError", e.msg)
