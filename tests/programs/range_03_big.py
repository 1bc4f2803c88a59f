def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# range with integers beyond 64 bits
R = range(2 ** 100)
print(R, R[5], R[-1], R[2 ** 99], R[-2 ** 99])
print(2 ** 99 in R, 2 ** 100 in R, -1 in R)
print(R[2 ** 98:2 ** 98 + 3], R[::2 ** 50][3], R[::-1][0])
print(R.index(12345), R.count(2 ** 80), R.stop == 2 ** 100)
show('len big', lambda: len(R))
show('len 2**64', lambda: len(range(2 ** 64)))
show('len 2**63', lambda: len(range(2 ** 63)))
print(len(range(2 ** 63 - 1)), len(range(-2 ** 63, 0, 2 ** 62)))
print(range(2 ** 64, 2 ** 64 + 10, 3), list(range(2 ** 64, 2 ** 64 + 10, 3)))
print(list(range(-2 ** 70, -2 ** 70 + 2)), list(range(2 ** 70, 2 ** 70 - 6, -2)))
big = range(-2 ** 65, 2 ** 65, 2 ** 63)
print(list(big), len(big), big[3], big.index(0), 2 ** 63 in big, 2 ** 63 + 1 in big)
print(range(2 ** 64) == range(2 ** 64), range(0, 2 ** 64, 2 ** 64) == range(0, 1))
print(hash(range(2 ** 64)) == hash(range(0, 2 ** 64, 1)))
show('oob big', lambda: R[2 ** 100])
show('idx huge', lambda: range(10)[2 ** 100])
print(R.__len__ if False else 'ok', bool(R), bool(range(2 ** 64, 2 ** 64)))
show('reversed big', lambda: next(reversed(range(2 ** 70))))
show('iter big', lambda: next(iter(range(2 ** 70, 2 ** 71))))
it = iter(range(2 ** 64 - 2, 2 ** 64 + 2))
print(list(it))
print(list(reversed(range(2 ** 64 - 2, 2 ** 64 + 2))))
print(range(0, 2 ** 64)[2 ** 63:][:3], sum(range(2 ** 64, 2 ** 64 + 4)))
