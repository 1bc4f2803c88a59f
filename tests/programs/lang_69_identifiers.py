# Identifiers: Unicode letters, NFKC normalization, soft keywords and builtins as names.
café = "coffee"
print(café)
naïve = 1
Δx = 0.5
变量 = "chinese"
print(naïve, Δx, 变量)
def größe(länge):
    return länge * 2
print(größe(21), größe.__name__)
class Ünïcode:
    ß = "eszett"
print(Ünïcode.ß, Ünïcode.__name__)
match = [1, 2]
case = "case"
_ = "underscore"
type = "shadowed type"
print(match, case, _, type)
del type
print(type(1).__name__)
def print_(*a):
    return "print_" + str(len(a))
print(print_(1, 2))
list_ = list
list = "shadow"
print(list, list_("ab"))
del list
print(list("cd"))
import builtins
print(builtins.len is len)
len = lambda x: -1
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
x1, _x, __x, x_, X = 1, 2, 3, 4, 5
print(x1, _x, __x, x_, X)
class Mangle:
    __private = "mangled"
    def get(self):
        return self.__private
    def names(self):
        return sorted(k for k in type(self).__dict__ if "private" in k)
m = Mangle()
print(m.get(), m.names(), m._Mangle__private)
try:
    m.__private
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    __dunder__ = "not mangled"
print(_Under.__dunder__)
print("".isidentifier(), "a1".isidentifier(), "1a".isidentifier(), "café".isidentifier(), "a-b".isidentifier())

for src in ["def = 1", "class = 2", "None = 3", "True = 4", "async = 5", "await = 6", "a$ = 1", "1x = 2"]:
    try:
        exec(src)
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
globals()["not an identifier"] = 1
print(globals()["not an identifier"])
