# Misc builtins: len/min/max/abs/round/divmod/pow/sum/chr/ord/hex/bin/oct/callable/isinstance/type/repr/bool/hash.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len((1,)), len({1, 2, 2}), len({"a": 1}))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min("b", "a"), max([1, 2], [1, 3]))
print(max([1]), min([3, 1]), max(["aa", "b", "ccc"], key=len), min([-3, 2, -1], key=abs))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True))
print(round(1.23456, 3), round(-0.5), round(1.5), round(2.5), round(12345, -2), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(2, 100, 1000), pow(-2, 3), pow(2.0, 3), pow(4, 0.5))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 10), sum([]), sum([True, True, False]))
print(chr(48), ord("0"), chr(ord("a") + 25), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(72, 76)))
print(hex(0), hex(4096), bin(255), oct(511), hex(-1), bin(-1), oct(0))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str), isinstance([], (tuple, list)))
print(isinstance(None, type(None)), isinstance(3, (str, float)), isinstance({}, dict), isinstance((), tuple))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True), type(range(1)))
print(type(1).__name__, type(len).__name__, type(type(1)).__name__, type(1) == int, type(True) == int, type(True) is bool)
print(repr(1), repr("a'b"), repr([1, "2"]), repr((1,)), repr({"k": None}), repr(1.0), repr(-0.0))
print(bool(), bool(0), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]), bool(None), bool(range(0)))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == 0, hash((1, 2)) == hash((1, 2)))
print(int(), float(), str(), list(), tuple(), dict(), repr(str()))
print(callable(print), callable(None), callable(lambda: 0), callable(int), callable([].append))
print(str(int), str(len) == repr(len), repr(print)[:9])
x = [1, 2]
y = x
z = [1, 2]
print(id(x) == id(y), id(x) == id(z), x is y, x is z, x == z)
print(list(map(abs, [-1, 2, -3])), list(map(round, [1.5, 2.5, 3.5])), list(map(bool, [0, 1, ""])))
print(max(1, 2.5), min(-1, -1.5), max(True, 0), sum([0.1, 0.2, 0.3]), round(0.1 + 0.2, 10))
class Obj:
    pass
o = Obj()
setattr(o, "dyn", 42)
print(getattr(o, "dyn"), hasattr(o, "dyn"), hasattr(o, "x"), getattr(o, "x", None))
print(len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
