# match: sequence patterns: lists, tuples, ranges, stars, open sequences, nesting; str/bytes/dicts are no sequences.
def seq(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return "one", x
        case [x, y]:
            return "two", x, y
        case [x, *mid, y] if mid:
            return "ends", x, y, "mid", mid
        case _:
            return "other"
for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(4), range(0), "ab", b"ab", "", {1: 2}, {1, 2}, 5, iter([1, 2])]:
    print(repr(v) if type(v).__name__ != "list_iterator" else "iterator", seq(v))

def stars(s):
    match s:
        case [*_]:
            return "any sequence", len(s)
print(stars([1, 2]), stars(()), stars("x"))

def star_pos(s):
    match s:
        case [*head, 9]:
            return "head", head
        case [0, *tail]:
            return "tail", tail
        case [a, b, *_, c]:
            return "a b c", a, b, c
        case [*_, last]:
            return "last", last
    return None
for v in [[1, 2, 9], [0, 1, 2], [9], [0], [1, 2, 3, 4, 5], [1, 2, 3], [5, 6], [7]]:
    print(v, star_pos(v))

match 1, 2, 3:
    case a, *rest:
        print("open sequence", a, rest, type(rest).__name__)
match (1, (2, [3, 4])):
    case x, (y, [z, w]):
        print("nested", x, y, z, w)
match [1, [2, 3]]:
    case [_, [_, 4]]:
        print("no")
    case [_, [_, three]]:
        print("three", three)
class L(list):
    pass
class T(tuple):
    pass
match L([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match T((3, 4)):
    case (a, b):
        print("tuple subclass", a, b)
match (1, 2):
    case [a, b]:
        print("tuple matches list syntax", a, b)
match [1, 2]:
    case (a, b):
        print("list matches tuple syntax", a, b)
match range(3):
    case [0, 1, 2]:
        print("range literal elements")
for subject in ["abc", b"abc"]:
    match subject:
        case [*chars]:
            print("str is a sequence?", chars)
        case str() | bytes():
            print("str/bytes not a sequence:", subject)
match [1, 2, 3]:
    case [1, 2]:
        print("too short")
    case [1, 2, 3, 4]:
        print("too long")
    case [1, 2, 3]:
        print("exact length")
