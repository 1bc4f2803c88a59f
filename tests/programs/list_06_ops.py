def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# list operators: +, *, *=, +=, comparisons, in, errors
a = [1, 2, 3]
b = a
a *= 2
print(a, a is b)
a *= 0
print(a, b)
c = [[0]] * 3
c[0].append(1)
print(c)
print([1] * -3, 3 * [7], [] * 100)
l = [1, 2]
l += (3, 4)
l += 'ab'
l += range(2)
print(l)
show('+ tuple', lambda: [1] + (2,))
show('+ str', lambda: [1] + 'a')
show('* float', lambda: [1] * 2.0)
show('* list', lambda: [1] * [2])
def imul():
    x = [1]
    x *= 'a'
show('*= str', imul)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, 2] != [2, 1])
print([1, [2, 3]] <= [1, [2, 3]], [1, 'a'] == [1, 'a'])
show('lt mixed', lambda: [1, 'a'] < [1, 2])
show('lt list tuple', lambda: [1] < (1,))
n = float('nan')
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(3 in [1, 2, 3], 'x' not in ['x'], [] in [[]])
print(list(), list('abc'), list((1, 2)), list({'k': 1}), list(range(3)))
show('list(5)', lambda: list(5))
show('list 2 args', lambda: list([], []))
show('list kw', lambda: list(x=1))
print(len([1, 2, 3]), bool([]), bool([0]))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
show('hash', lambda: hash([]))
x = [1, 2]
x.extend(x)
print(x)
x = [1]
x.append(x)
print(x, repr(x))
print(str([1, 'a', 2.5, None, (1,)]))
