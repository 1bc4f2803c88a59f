# Using ast and tokenize to analyse a small source file.
import ast
import io
import tokenize

SOURCE = '''
import os
from math import sqrt as root, pi

GLOBAL = 3

def area(r, *, precise=False):
    """Circle area."""
    value = pi * r ** 2
    return round(value, 2) if not precise else value

class Shape:
    sides = 0
    def describe(self, name="shape"):
        return f"{name} with {self.sides} sides"

async def fetch(x):
    return await x

lam = lambda a, b=2: a + b
total = sum(area(i) for i in range(3))
'''

tree = ast.parse(SOURCE)
print(type(tree).__name__, len(tree.body))
print([type(n).__name__ for n in tree.body])

funcs = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
for f in funcs:
    args = [a.arg for a in f.args.args]
    kwonly = [a.arg for a in f.args.kwonlyargs]
    print(f.name, type(f).__name__, args, kwonly, ast.get_docstring(f), f.lineno)

imports = []
for node in ast.walk(tree):
    if isinstance(node, ast.Import):
        imports += [a.name for a in node.names]
    elif isinstance(node, ast.ImportFrom):
        imports += [f"{node.module}.{a.name}" + (f" as {a.asname}" if a.asname else "") for a in node.names]
print(imports)


class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.loads = {}
        self.stores = []

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.loads[node.id] = self.loads.get(node.id, 0) + 1
        else:
            self.stores.append(node.id)
        self.generic_visit(node)


nc = NameCounter()
nc.visit(tree)
print(sorted(nc.loads.items()), nc.stores)

consts = sorted({repr(n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant)})
print(consts)
expr = ast.parse("x * 2 + y", mode="eval")
print(ast.dump(expr.body.op), ast.dump(expr.body.left.op))
print(eval(compile(expr, "<ast>", "eval"), {"x": 5, "y": 1}))
print(ast.literal_eval("[1, (2, 3), {'a': -4.5}, None, True]"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print(type(e).__name__, str(e)[:30])

toks = list(tokenize.generate_tokens(io.StringIO("x = f(1, 'a')  # hi\n").readline))
print([(tokenize.tok_name[t.type], t.string) for t in toks])
ops = [t.string for t in tokenize.generate_tokens(io.StringIO(SOURCE).readline) if t.type == tokenize.OP]
print(len(ops), ops[:10])
