# enumerate/zip/map/filter/reversed/sorted/iter on lists, strings, dicts, ranges; laziness observed through side effects.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("ab", start=-1)))
for i, n in enumerate(names):
    print(i, n, end="; ")
print()
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip([], [1])))
print(dict(zip(names, ages)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(map(len, names)), list(map(pow, [2, 3], [5, 2])), list(map(lambda s: s[::-1], names)))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, ["", "0", "a"])))
print(list(reversed(names)), list(reversed("abc")), list(reversed(range(3))), "".join(reversed("stressed")))
print(sorted(ages, reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a")]))
log = []
def noisy(x):
    log.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
f = filter(lambda v: v % 2, range(10))
print(next(f), next(f), list(f))
z = zip("abc", range(10))
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
r = reversed([1, 2, 3])
print(next(r), list(r))
d = {"x": 1, "y": 2, "z": 3}
print(list(enumerate(d)), list(zip(d.keys(), d.values())), list(reversed(list(d.items()))))
print(list(map(lambda kv: kv[0] * kv[1], d.items())), sum(map(lambda v: v * v, d.values())))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(map(lambda x: x > 2, [1, 2, 3])))
it = iter(range(5))
print(list(zip(it, it)))
pairs = list(zip(range(3), "abc"))
nums, letters = zip(*pairs)
print(nums, letters)
print(max(enumerate("hello"), key=lambda p: p[1]), min(zip([3, 1, 2], "abc")))
print(list(map(int, filter(lambda s: s.isdigit(), "a1b22c333".replace("a", " ").replace("b", " ").replace("c", " ").split()))))
