# match: sequence patterns with stars, nesting and type distinctions.
def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case [x, y]:
            return "two %r %r" % (x, y)
        case [first, *middle, last] if len(middle) > 2:
            return "long %r..%r (%d in middle)" % (first, last, len(middle))
        case [first, *rest]:
            return "head %r rest %r" % (first, rest)
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "ab", b"ab", {1: 2}, 5, range(3), bytearray(b"x")]:
    print(repr(v), "->", shape(v))
def nested(p):
    match p:
        case [(a, b), [c, *_]]:
            return "pair+list", a, b, c
        case [[[deep]]]:
            return "deep", deep
        case (0, *_, 0):
            return "zero-bracketed"
        case [*_, (1 | 2) as tail]:
            return "ends with", tail
    return "nothing"
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[[9]]]))
print(nested((0, 5, 6, 0)))
print(nested([7, 8, 2]))
print(nested([7, 8, 3]))
def star_only(s):
    match s:
        case [*all_items]:
            return all_items
print(star_only((1, 2)), star_only([]), star_only("str"))
def cmd(c):
    match c.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "what?"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "exit", "dance wildly"]:
    print(c, "->", cmd(c))
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?")
    case _:
        print("iterator is not a sequence")
class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
match MySeq():
    case [a, b]:
        print("custom seq", a, b)
    case _:
        print("custom not a Sequence")
