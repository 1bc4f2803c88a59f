# Higher-order functions: lambda, map/filter/sorted with key, manual decorators, functions as values, bound methods.
square = lambda x: x * x
print(square(7), (lambda a, b=2: a * b)(3), list(map(square, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])), list(map(str, [1, 2])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print("call", fn.__name__, args, kwargs, "->", result)
        return result
    return wrapper
def add(a, b=0):
    return a + b
add = trace(add)
add(1, 2)
add(5, b=7)
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
def hello(name):
    return "hi " + name
hello3 = repeat(3)(hello)
print(hello3("x"), hello.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "//": lambda a, b: a // b}
for sym in ops:
    print(17, sym, 5, "=", ops[sym](17, 5))
class Acc:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return len(self.items)
acc = Acc()
push = acc.push
print(push(1), push(2), acc.items, list(map(acc.push, [7, 8])), acc.items)
words = ["kiwi", "Banana", "apple", "Cherry"]
print(sorted(words), sorted(words, key=lambda w: w.lower()), sorted(words, key=len, reverse=True))
def pipeline(*funcs):
    def run(x):
        for fn in funcs:
            x = fn(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!")
print(p(4), p(-1))
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
print(list(map(len, ["a", "bb", ""])), list(zip(map(abs, [-1, -2]), filter(bool, [0, 5, 6]))))
print(type(square).__name__, square.__name__, type(len).__name__, type(acc.push).__name__)
