# Subclasses of bytes and bytearray: __new__/__init__ overrides, overridden __repr__/__getitem__/__len__, unbound methods.
class B(bytearray):
    def __init__(self, x):
        super().__init__(x * 2)
b = B(b"ab")
print(b, type(b).__name__, len(b), b + b"!", b == b"abab")
class S(bytes):
    def __new__(cls, x):
        return super().__new__(cls, x.upper())
    def __repr__(self):
        return "S(" + bytes.__repr__(self) + ")"
s = S(b"ab")
print(s, repr(s), type(s).__name__, s == b"AB", {s: 1}[b"AB"], hash(s) == hash(b"AB"), s.lower(), s[0], s[:1], list(s))
class L(bytes):
    def __getitem__(self, i):
        return "item%r" % (i,)
    def __len__(self):
        return 99
l = L(b"xyz")
print(l[0], len(l), list(iter(l))[:2], bytes(l), l.upper())
print(isinstance(memoryview(b""), memoryview), issubclass(bytearray, bytes), bytearray.__mro__ if hasattr(bytearray, "__mro__") else None)
print(bytes.__len__(b"abc"), bytearray.__getitem__(bytearray(b"ab"), 1), bytes.upper(b"x"), bytearray.upper(bytearray(b"y")))
try:
    bytes.upper(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class M(memoryview): pass
except TypeError as e:
    print(type(e).__name__, e)
