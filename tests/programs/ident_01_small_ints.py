def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


# the small-int cache and singletons
print(int("100") is int('100'), int('256') is int('256'), int('-5') is int('-5'), int('0') is 0)
a = 255
b = int('255')
print(a is b, (a + 1) is int('256'))
x = int('257')
y = int('257')
print(x == y, x is x)
print(int('-6') == -6, (2 ** 8) is 256, (10 - 10) is 0, (3 * 4) is 12)
print(len([1, 2, 3]) is 3, [1, 2, 3].index(3) is 2, ord('a') is 97)
print(True is (1 == 1), None is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(bool(1) is True, bool(0) is False, not 1 is False, (not 0) is True)
print(abs(-7) is 7, int(7.0) is 7, round(7.2) is 7, hash(5) is 5, sum([1, 2]) is 3)
print(min(5, 9) is 5, max([1, 2, 3]) is 3, divmod(7, 2)[0] is 3)
