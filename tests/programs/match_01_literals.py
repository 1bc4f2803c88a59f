# match: literal and singleton patterns (numbers, signed and complex literals, strings, bytes, None/True/False).
def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25e2:
            return "minus 225"
        case 0x10 | 0o7 | 0b11:
            return "radix literal"
        case 1_000_000:
            return "million"
        case "text":
            return "str"
        case "con" "cat":
            return "concatenated"
        case b"raw":
            return "bytes"
        case "":
            return "empty str"
        case _:
            return "other"
for v in [0, 0.0, False, -1, -1.0, 1.5, -225, -225.0, 16, 7, 3, "text", "concat", b"raw", "raw", "", 99, None, [0]]:
    print(repr(v), lit(v))

def single(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one (not True)"
        case 0:
            return "zero (not False)"
    return "no match"
for v in [None, True, False, 1, 0, 1.0, 0.0, "", []]:
    print(repr(v), single(v))

class Eq:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("  __eq__", self.tag, repr(other))
        return other == 42
print(lit(Eq("a")))
match 42:
    case 41 | 42 | 43:
        print("42 in or")
match "x":
    case "y":
        print("wrong")
    case "x" if False:
        print("guard false")
    case "x":
        print("x matched")
match None:
    case 0:
        print("0 is None?")
    case None:
        print("None is None")
