# match statements: every pattern kind and their dump.
import ast

SOURCE = '''
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2):
        pass
    case {"x": 1, **rest}:
        pass
    case [1, 2, *others] if others:
        pass
    case (a as b) | [*_]:
        pass
    case -1 | 1.5 | 2+3j | -1-2j | "s" | b"b" | None | True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
match x,:
    case {1: _, "a": [x, y]}:
        pass
'''
tree = ast.parse(SOURCE)
print(ast.dump(tree, indent=1))
for case in tree.body[0].cases:
    print(type(case.pattern).__name__, case.guard is not None, len(case.body))
print(ast.dump(tree.body[1], include_attributes=True))
