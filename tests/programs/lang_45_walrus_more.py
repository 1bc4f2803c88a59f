# Assignment expressions: in conditions, comprehensions (binding in the enclosing scope), errors.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print("rest", data, item)

values = [1, 2, 3, 4, 5, 6]
squares = [y for x in values if (y := x * x) > 10]
print(squares, y)

def f(v):
    return v * 10
print([fx for v in range(4) if (fx := f(v)) % 20 == 0], fx)

total = 0
sums = [total := total + v for v in range(5)]
print(sums, total)

def in_function():
    [last := i for i in range(3)]
    return last
print(in_function())

def in_generator():
    g = (mx := i for i in range(3))
    list(g)
    return mx
print(in_generator())

print((z := 5), z + 1)
print([(a := 1), a + 1])
x = (w := 2) ** 2
print(x, w)

def any_first(seq):
    if any((hit := s) > 5 for s in seq):
        return hit
    return None
print(any_first([1, 7, 3, 9]), any_first([1, 2]))


print({key: (val := key * 2) for key in "ab"}, val)

def lambda_walrus():
    fn = lambda: (q := 3)
    return fn()
print(lambda_walrus())

class Body:
    [k := i for i in range(2)]
    kept = k
print(Body.kept, "k" in Body.__dict__)

for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "[i := 0 for i in range(3)]",
            "def f():\n    [j for j in range(2) if (j := 1)]",
            "class C:\n    [(m := n) for n in range(2)]\n",
            "[x for x in (y := [1, 2])]", "def g(a := 1): pass", "f(x := 1, y = 2)"]:
    try:
        compile(src, "<w>", "exec")
        print("ok:", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

print(f"{(fs := 'in fstring')}", fs)
print([(p, q) for p in range(2) if (q := p + 1)])
