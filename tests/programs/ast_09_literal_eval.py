# ast.literal_eval: every accepted literal, and the ValueErrors and
# SyntaxErrors for the rest.
import ast

GOOD = [
    "1", "-1", "+2.5", "1+2j", "-1-2j", "3j", "'s'", "b'b'", "None", "True",
    "(1, 2)", "[1, [2, 3]]", "{'a': 1, 'b': (2,)}", "{1, 2}", "set()",
    "  42", "\t[1]", "...", "-0.0", "(1,)", "()", "[]", "{}", "0x10",
    "'a' 'b'", "1_000",
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), "->", repr(v), type(v).__name__)

BAD = ["a", "1 + a", "f(1)", "[x for x in y]", "1 * 2", "--1", "+'s'",
       "{**a}", "set([1])", "1 + 2", "(1).real", "1j + 1", "a.b"]
for src in BAD:
    try:
        ast.literal_eval(src)
    except ValueError as e:
        print(repr(src), "ValueError", str(e).split(":")[0])
for src in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.Constant("x")], ast.Load())))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
