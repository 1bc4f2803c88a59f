# Nested lists as matrices: multiply, transpose, identity, power (fibonacci), determinant (fractions-free), pretty print.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(" ".join(str(x).rjust(width) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(identity(3))
fibm = matpow([[1, 1], [1, 0]], 100)
print(fibm[0][1])
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
hilbert_num = [[i + j + 1 for j in range(4)] for i in range(4)]
show(hilbert_num)
print(det(hilbert_num), det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]))
grid = [[0] * 5 for _ in range(5)]
for i in range(5):
    for j in range(5):
        grid[i][j] = (i * 5 + j) % 7
show(grid)
print([sum(r) for r in grid], [sum(c) for c in zip(*grid)], sum(grid[i][i] for i in range(5)))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
small = [[1, 2], [3, 4]]
print(rotate(small), rotate(rotate(small)), rotate(rotate(rotate(rotate(small)))) == small)
def spiral(m):
    out = []
    while m:
        out.extend(m[0])
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out
print(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
pascal = [[1]]
for n in range(1, 10):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(n - 1)] + [1])
for row in pascal:
    print(" ".join(str(x) for x in row).center(40).rstrip())
print(matmul([[2 ** 40, 1], [0, 1]], [[2 ** 40], [3]]))
