# Numeric special methods on a user class: @, divmod, pow with a modulus,
# round/trunc/floor/ceil, unary operators and the conversions' checks.
import math
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)
    def __pow__(self, o, mod=None): return ("pow", self.v, o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, self.v, mod)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __complex__(self): return 1+2j
    def __float__(self): return 2.5
    def __int__(self): return 3
    def __index__(self): return 4
v = V(1)
print(v @ 2, 2 @ v, divmod(v, 3), divmod(3, v), v ** 2, 2 ** v, pow(v, 2, 5))
print(round(v), round(v, 2), math.trunc(v), math.floor(v), math.ceil(v), abs(v), -v, +v, ~v)
print(complex(v), float(v), int(v))
try:
    pow(2, v, 5)
except TypeError as e: print(e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e: print(e)
class FloatSub:
    class F(float): pass
    def __float__(self): return self.F(1.5)
print(float(FloatSub()), type(float(FloatSub())).__name__)
class BadInt:
    def __int__(self): return "1"
try:
    int(BadInt())
except TypeError as e: print(e)
class TruncOnly:
    def __trunc__(self): return 9
try:
    print(int(TruncOnly()))
except TypeError as e: print(e)
class NoRound: pass
try:
    round(NoRound())
except TypeError as e: print(e)
try:
    math.floor(NoRound())
except TypeError as e: print(e)
try:
    abs(NoRound())
except TypeError as e: print(e)
try:
    complex(NoRound())
except TypeError as e: print(e)
class OnlyIndex:
    def __index__(self): return 5
print(float(OnlyIndex()), complex(OnlyIndex()), int(OnlyIndex()))
