# NFKC applies to identifiers in source (attributes, keywords, imports, class names), not to strings used with getattr.
class Point:
    def __init__(self, ｘ, ｙ):
        self.ｘ = ｘ
        self.y = ｙ
p = Point(ｘ=1, y=2)
print(p.x, p.ｙ, sorted(vars(p)))
print(getattr(p, "x"), hasattr(p, "ｘ"))
setattr(p, "ｚ", 3)
print(sorted(vars(p)), hasattr(p, "z"))
d = dict(ｋｅｙ=1)
print(d)
def kw(**k):
    return sorted(k)
print(kw(ﬁeld=1, ｏｔｈｅｒ=2))
import ｓｙｓ
print(ｓｙｓ is __import__("sys"))
ℎ = "planck h"
print(h, "h" in globals(), "ℎ" in globals())
print([ｎ for ｎ in range(3)], [n * 2 for ｎ in range(2)])
lam = lambda ｖ: v + 1
print(lam(1), lam.__code__.co_varnames)
