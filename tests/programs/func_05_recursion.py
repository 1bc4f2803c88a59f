# Recursion: factorial, fibonacci, hanoi, permutations, flatten, mutual recursion, ackermann (small).
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5], moves[-1])
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out
perms = permutations([1, 2, 3])
print(len(perms), perms, len(permutations(list("abcde"))))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(99))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(1, 5), ackermann(3, 3))
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])), len(subsets(list(range(10)))))
def depth(tree):
    if tree is None:
        return 0
    return 1 + max(depth(tree[0]), depth(tree[2]))
tree = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, (None, 6, None))))
print(depth(tree))
def binsearch(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binsearch(arr, target, mid + 1, hi)
    return binsearch(arr, target, lo, mid - 1)
arr = list(range(0, 100, 3))
print([binsearch(arr, t, 0, len(arr) - 1) for t in [0, 3, 50, 51, 99, 100]])
def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)
print(sum_digits(2 ** 100), sum_digits(fact(50)))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
