# inspect.signature of simple functions: parameters, kinds, defaults, annotations.
import inspect
def f(a, b=2, *args, c, d=4, **kw):
    pass
def g(x: int, /, y: str = "s") -> bool:
    pass
class K:
    def m(self, p, q=1):
        pass
    @classmethod
    def cm(cls, r):
        pass
    @staticmethod
    def sm(s, t=0):
        pass
for fn in (f, g, K.m, K().m, K.cm, K.sm, lambda *, k: k):
    sig = inspect.signature(fn)
    print(sig)
    for name, p in sig.parameters.items():
        print("  ", name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(g).return_annotation)
