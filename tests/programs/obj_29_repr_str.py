# __repr__/__str__ defaults and interplay, repr of containers of custom objects, recursion in repr, object methods.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
print(str(OnlyRepr()), repr(OnlyRepr()), str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(Both(), [Both()], (Both(),), {"k": Both()}, {Both()} if False else "skip", f"{Both()}", f"{Both()!r}", "%s %r" % (Both(), Both()))
print(str([OnlyStr()])[:20], "{} {!r}".format(Both(), Both()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)
root = Node(1)
root.children.append(Node(2))
print(root)
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {}
d["me"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr(object)[:15], repr(int), repr(type), repr(len), repr(Node)[:20])
print(repr(Node.__init__)[:22], repr(None), repr(NotImplemented), repr(Ellipsis))
class StrSub(str):
    def __repr__(self):
        return "StrSub(" + super().__repr__() + ")"
print(repr(StrSub("x")), str(StrSub("x")), [StrSub("y")], StrSub("z") + "w")
class IntSub(int):
    def __str__(self):
        return "IntSub-str"
print(IntSub(5), repr(IntSub(5)), "%d" % IntSub(5), f"{IntSub(5)}", format(IntSub(5), "03d"), str(IntSub(5) + 0))
print(object().__str__().startswith("<object object at"), object.__repr__(Both())[:16])
print(Both().__str__(), Both().__repr__(), OnlyRepr().__str__())
class Sized:
    def __len__(self):
        return 2
print(repr(Sized())[:15], bool(Sized()))
print(str(1.0), repr(1.0), str("s"), repr("s"), str(b"b"), repr(b"b"), str([1.5, "s"]), str(("a",)))
print(repr(-0.0), repr(1e16), repr(10 ** 20), repr(True), repr(range(1, 5, 2)), repr(slice(1, None)))
print(repr(frozenset()), repr({1: {2: (3,)}}), repr([[], [[]]]), repr(()), repr((1,)), repr(set([3])))
