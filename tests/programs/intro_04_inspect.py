# inspect: frames of the current thread, predicates, signatures.
import inspect
import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    return inner(1)


def inner(n):
    st = inspect.stack()
    names = [fi.function for fi in st]
    print(names)
    print([fi.lineno for fi in st])
    print([fi.code_context for fi in st])
    print([fi.index for fi in st])
    print(all(fi.filename == __file__ for fi in st))
    fi = st[0]
    frame, filename, lineno, function, code_context, index = fi
    print(function, lineno, fi[3], len(fi))
    print(frame.f_code.co_name, frame.f_globals is globals())
    print(frame.f_back.f_code.co_name, frame.f_back.f_back.f_code.co_name)
    print(st[-1].frame.f_back)
    print(where())
    return n


outer()
print(where())

fr = inspect.currentframe()
print(fr.f_code.co_name, fr.f_back, inspect.isframe(fr))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)


def deep(k):
    if k == 0:
        return [f.f_code.co_name for f in iter_frames(sys._getframe())]
    return deep(k - 1)


def iter_frames(f):
    while f is not None:
        yield f
        f = f.f_back


print(deep(3))
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)


def gen():
    yield inspect.currentframe().f_code.co_name
    yield [fi.function for fi in inspect.stack()][:2]


print(list(gen()))


class K:
    def __init__(self, a, b=1, *, c):
        self.a = a

    def m(self, x, y=None):
        return sorted([fi.function for fi in inspect.stack()][:2])

    @staticmethod
    def s(p, /, q, *r, **kw):
        pass

    @classmethod
    def c(cls, z=3):
        return cls

    def __call__(self, w):
        return w


k = K(1, c=2)
print(k.m(1))

# predicates
import math
for obj in (inner, K, k.m, K.m, math, gen, gen(), len, 3, lambda: 0, K.s, K.c):
    print(inspect.isfunction(obj), inspect.isclass(obj), inspect.ismethod(obj), inspect.ismodule(obj),
          inspect.isgenerator(obj), inspect.isgeneratorfunction(obj), inspect.isbuiltin(obj),
          inspect.isroutine(obj))
print(inspect.iscode(inner.__code__), inspect.iscode(inner))


# signatures
def f1(a, b, c=3, *args, d, e=5, **kwargs):
    pass


def f2(x, /, y, *, z=None):
    pass


def f3(p: int, q: str = 'x', *rest: float) -> bool:
    pass


def f4():
    pass


def f5(*, only):
    pass


def f6(a, /):
    pass


for fn in (f1, f2, f3, f4, f5, f6, k.m, K.m, K.s, K.c, K, k, lambda u, v=[1, 2]: 0):
    sig = inspect.signature(fn)
    print(str(sig))
    for name, p in sig.parameters.items():
        print('   ', name, p.name, p.kind, p.kind.description, p.default is inspect.Parameter.empty,
              repr(p.default) if p.default is not p.empty else '-', str(p))
    print('    return', sig.return_annotation is inspect.Signature.empty)

print(inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY)
print(str(inspect.Parameter.VAR_KEYWORD), int(inspect.Parameter.VAR_POSITIONAL))
p = inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY, default=4)
print(p, p.kind == inspect.Parameter.KEYWORD_ONLY, p.replace(name='yy'))
print(inspect.Signature([p]))
print(str(inspect.signature(f1)) == '(a, b, c=3, *args, d, e=5, **kwargs)')
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError', e)
print([name for name, v in inspect.getmembers(K, inspect.isfunction)])


# builtin types and plain classes
class Plain:
    pass


class FromDict(dict):
    pass


for x in (object, int, Plain, FromDict):
    try:
        print(inspect.signature(x))
    except ValueError as e:
        print('ValueError', e)

# each thread sees its own frames
import threading
res = []


def worker(k):
    st = inspect.stack()
    res.append((k, st[0].function, st[0].lineno, st[1].function, 'main_body' in [fi.function for fi in st]))


def main_body():
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


main_body()
print(sorted(res))
