# ast.unparse: precedence and parentheses, strings and f-strings, quotes,
# docstrings, every statement kind; unparse then parse gives the same tree.
import ast

SOURCE = '''
"""Module docstring with 'quotes' and "double" quotes."""
import a.b as c, d
from ..x import y as z
@dec(1)
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    """doc"""
    global g
    async for i in aiter():
        await x
    async with a as (b, c), d:
        pass
    x = yield from y
    return (yield)
class C(B, metaclass=M):
    x: int
    (y): int = 3
    def m(self, *, k=None): nonlocal q
try:
    pass
except* ValueError as e:
    raise X from Y
else:
    pass
finally:
    del a, b[1]
while x:
    break
else:
    continue
if a:
    pass
elif b:
    pass
else:
    x += 1
match p:
    case [1, *rest] | {"k": v, **kw}:
        pass
    case Point(x=0) if y:
        pass
    case (a as b) | None:
        pass
assert x, "m"
'''
tree = ast.parse(SOURCE)
text = ast.unparse(tree)
print(text)
print(ast.dump(ast.parse(text)) == ast.dump(tree))

EXPRS = [
    "(a + b) * c", "a + (b * c)", "a - (b - c)", "(a - b) - c", "a ** b ** c",
    "(a ** b) ** c", "-(a ** 2)", "(-a) ** 2", "not (a and b)", "(not a) and b",
    "a or b and c", "(a or b) and c", "(a, b)", "a, b", "x[a, b]", "x[(a, b),]",
    "x[()]", "x[1:2, 3]", "(yield)", "lambda: (yield)", "(lambda x: x)(1)",
    "a if b else c if d else e", "(a if b else c) if d else e",
    "[x for x in (a, b) if x if not x]", "{k: v for k, v in d}", "{*()}",
    "{**a, 'b': 1}", "f(*args, **kwargs, k=1)", "3 .real", "3.5.real",
    "(a := 1)", "f(a := 1)", "await (a + b)", "'it''s'", "'\"'", "'\\n\\t\\x00'",
    "\"'\\\"\"", "b'\\x00\\xff'", "u'text'", "1e309", "1e309j", "-1e309",
    "f'{a!r:>{width}} and {b}'", "f'{x}' '\\n'", "f\"{'s'}\"", "f'{x=}'",
    "f'{{literal}}'", "f'''{a}'''", "not a < b", "a < b < c", "a is not b",
    "~a & (b | c) ^ d << 2", "a @ b // c % d", "x.y[z](w)", "(a.b).c",
    "[*a, b]", "f(*a)", "...", "None", "123456789012345678901234567890", "0x10", "1_000",
]
for src in EXPRS:
    t = ast.parse(src, mode="eval")
    out = ast.unparse(t)
    same = ast.dump(ast.parse(out, mode="eval")) == ast.dump(t)
    print(repr(src), "->", out, same)

# Trees built by hand.
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Mult(),
                            ast.BinOp(ast.Constant(2), ast.Add(), ast.Constant(3)))))
print(ast.unparse(ast.Constant((1, 2.5, "x"))), ast.unparse(ast.Constant((1,))))
print(ast.unparse(ast.Set(elts=[])), ast.unparse(ast.Tuple(elts=[], ctx=ast.Load())))
print(ast.unparse(ast.Expr(ast.Name("x"))))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name("x")))
except ValueError as e:
    print("ValueError", e)
