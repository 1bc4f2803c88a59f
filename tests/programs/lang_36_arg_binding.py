# Argument binding: defaults, *args, **kwargs, keyword-only, positional-only, unpacking.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(show())
print(show(1, 2, *[3, 4], 5, *(), *range(2)))
print(show(a=1, **{"b": 2}, c=3, **dict(d=4)))
print(show(*"xy", **{"z": 0}))

def mixed(a, b=2, /, c=3, *rest, d, e=5, **kw):
    return dict(a=a, b=b, c=c, rest=rest, d=d, e=e, kw=kw)
print(mixed(1, d=4))
print(mixed(1, 2, 3, 4, 5, d=6, f=7))
print(mixed(1, c=30, d=40, a=100))

def kwdefaults(*, x=1, y=[]):
    y.append(x)
    return y
print(kwdefaults(), kwdefaults(x=2), kwdefaults.__kwdefaults__)

def defaults_tuple(a, b=(1, 2), c=None):
    return a, b, c
print(defaults_tuple.__defaults__, defaults_tuple(0))

def modify_args(*args):
    return type(args).__name__, len(args)
print(modify_args(*[1, 2, 3]), modify_args())

def kwargs_is_new(**kw):
    kw["added"] = True
    return kw
src = {"a": 1}
out = kwargs_is_new(**src)
print(src, out, out is src)

class Callable:
    def __call__(self, *a, **k):
        return "called", a, k
c = Callable()
print(c(1, x=2))
print(c(*[1, 2], **{"y": 3}))

def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))

def recursion_of_kwargs(n, **acc):
    if n == 0:
        return acc
    acc["k%d" % n] = n
    return recursion_of_kwargs(n - 1, **acc)
print(recursion_of_kwargs(3))

def takes_self(self, other):
    return self, other
print(takes_self(self=1, other=2))

def unusual_names(**kw):
    return kw
print(unusual_names(**{"not an identifier": 1, "1": 2}))

def positional_only_and_kwargs(a, /, **kw):
    return a, kw
print(positional_only_and_kwargs(1, a=2))

import inspect
def documented(a: int, b: str = "x", *args, c, d=4, **kw) -> None:
    pass
sig = inspect.signature(documented) if hasattr(inspect, "signature") else None
code = documented.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])

def star_after_default(a, b=1, *args):
    return a, b, args
print(star_after_default(1), star_after_default(1, 2, 3, 4))

lam = lambda *a, k=1, **kw: (a, k, kw)
print(lam(1, 2, k=3, z=4), lam())

def gen_args(*args):
    yield from args
print(list(gen_args(*gen_args(1, 2, 3))))
print(max(*[3, 9, 2]), min(4, *[8, 1]), sum([*range(4), *[10]]))
print([*"ab", *[1], *{"k": 0}], (*range(3),), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
