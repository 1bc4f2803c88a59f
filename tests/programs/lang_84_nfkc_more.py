# More NFKC identifier normalization: decomposed accents, math letters, superscripts, keywords and attributes.
café = "decomposed"
print(café)
𝐱 = "math bold x"
print(x)
def f(ａ, 𝐛=2):
    return a + b
print(f(a=1), f(ａ=3, b=4))
class P:
    def __init__(self):
        self.ｖａｌｕｅ = 42
p = P()
print(p.value, p.𝐯𝐚𝐥𝐮𝐞, vars(p))
lam = lambda ⅰ: i * 10
print(lam(3), lam.__code__.co_varnames)
import math as ｍ
print(m.floor(2.5))
from math import ｓｑｒｔ
print(sqrt(16.0))
Ångström = "angstrom sign becomes A-ring"
print(Ångström)
ẛ = "long s with dot"
print(ṡ)
g = {}
exec("ｎ = 5\nℕ = n + 1", g)
print(g["n"], g["N"] if "N" in g else None)
print([k for k in f.__code__.co_varnames])
print(ｆ.__name__ if False else f.__name__)
for src in ["x\u00b2 = 1", "\u00b2x = 1", "a\u2028b = 1", "caf\u00e9\u20ac = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", ascii(src))
    except SyntaxError as e:
        print(ascii(src), e.msg, e.offset)
