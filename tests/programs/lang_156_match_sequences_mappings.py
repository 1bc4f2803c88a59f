# match on commands: sequence patterns with stars, mapping patterns with **rest, literals, dotted values.
class Color:
    RED = "red"
    GREEN = "green"


def handle(cmd):
    match cmd:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walk {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item, *rest] if rest:
            return f"take {item} and {len(rest)} more"
        case ["take", item]:
            return f"take {item}"
        case ["drop", *items, "carefully"]:
            return f"drop {items} carefully"
        case [("a" | "b") as x, ("a" | "b") as y]:
            return f"pair {x}{y}"
        case (1, 2, *middle, 9):
            return f"one-two ... nine with {middle}"
        case []:
            return "empty command"
        case {"action": "paint", "color": Color.RED | Color.GREEN as c}:
            return f"paint {c}"
        case {"action": "paint", **others}:
            return f"paint with {sorted(others.items())}"
        case {"action": str(a), "times": int(n)} if n > 0:
            return f"{a} x{n}"
        case {}:
            return "some mapping"
        case None:
            return "nothing"
        case True:
            return "literal True"
        case 0 | 0.0:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "quit" | "exit":
            return "bye"
        case str(s):
            return f"text {s!r} is not a sequence pattern"
        case bytes():
            return "bytes"
        case _:
            return f"unknown {cmd!r}"


commands = [["go", "north"], ["go", "up"], ["go"], ["take", "lamp"], ["take", "lamp", "key", "map"],
            ["drop", "a", "b", "carefully"], ["a", "b"], ("b", "b"), (1, 2, 3, 4, 9), (1, 2, 9), [],
            {"action": "paint", "color": "red"}, {"action": "paint", "color": "blue", "size": 2},
            {"action": "jump", "times": 3}, {"action": "jump", "times": 0}, {"x": 1}, {}, None, True,
            1, 0, 0.0, False, -1, 1 + 2j, "quit", "look", b"raw", 3.5, range(2)]
for c in commands:
    print(repr(c), "->", handle(c))

for src in ["match x:\n    case [a, *b, *c]:\n        pass",
            "match x:\n    case {**r, 'k': 1}:\n        pass",
            "match x:\n    case a | b:\n        pass",
            "match x:\n    case [a, a]:\n        pass",
            "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass",
            "match x:\n    case (a | [a, b]):\n        pass"]:
    try:
        compile(src, "<match>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
