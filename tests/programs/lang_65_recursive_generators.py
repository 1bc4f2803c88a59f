# Recursive generators over trees, permutations, and a pipeline of generator stages.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))

def preorder(n):
    yield n.value
    for c in n.children:
        yield from preorder(c)
def postorder(n):
    for c in n.children:
        yield from postorder(c)
    yield n.value
def with_depth(n, d=0):
    yield d, n.value
    for c in n.children:
        yield from with_depth(c, d + 1)
print(list(preorder(tree)), list(postorder(tree)))
print(list(with_depth(tree)))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(["".join(p) for p in permutations("abc")])

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(4, "A", "C", "B"))
print(len(moves), moves[:4])

def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(k, it):
    for _ in range(k):
        yield next(it)
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(numbers())))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(list(take(12, primes())))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, (2, [3, (4, [5])]), [[[]]], 6])))

def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(list(deep(200)))
gens = [preorder(tree) for _ in range(3)]
print([next(g) for g in gens], [next(g) for g in gens])
print(sum(preorder(tree)), max(postorder(tree)), sorted(preorder(tree), reverse=True)[:3])
