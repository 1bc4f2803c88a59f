# Positional-only, keyword-only parameters and the TypeErrors of bad calls.


def pos_only(a, b, /, c=3):
    return (a, b, c)


def kw_only(a, *, key, flag=False):
    return (a, key, flag)


def mixed(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


def no_args():
    return "none"


class K:
    def method(self, x, /, *, y):
        return x + y

    @staticmethod
    def st(a, b):
        return a - b


print(pos_only(1, 2), pos_only(1, 2, c=9))
print(kw_only(1, key="k"), kw_only(a=1, key="k", flag=True))
print(mixed(1, d=4), mixed(1, 2, 3, 4, 5, d=6, z=7, c_=8))
print(K().method(1, y=2), K.st(b=1, a=5))

bad_calls = [
    lambda: pos_only(1, b=2),
    lambda: pos_only(1),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kw_only(1, 2),
    lambda: kw_only(1),
    lambda: kw_only(1, key=2, other=3),
    lambda: kw_only(1, a=2, key=3),
    lambda: mixed(),
    lambda: mixed(1),
    lambda: mixed(1, 2, c=3, e=1),
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: K().method(1, 2),
    lambda: K().method(x=1, y=2),
    lambda: K.st(1),
    lambda: K.st(1, 2, 3),
    lambda: pos_only(),
    lambda: kw_only(),
    lambda: (lambda x, y: 0)(1, 2, 3),
    lambda: mixed(1, 2, 3, d=1, a=9),
]
for i, call in enumerate(bad_calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)


def defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c


print(defaults(1), defaults(2))
print(defaults.__defaults__, defaults.__kwdefaults__)
print(mixed.__code__.co_argcount, mixed.__code__.co_posonlyargcount, mixed.__code__.co_kwonlyargcount)
print(mixed.__code__.co_varnames[:7])
