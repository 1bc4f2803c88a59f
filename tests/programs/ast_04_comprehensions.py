# Comprehensions: list/set/dict/generator, several for clauses with ifs,
# async comprehensions (is_async=1).
import ast

SOURCES = [
    "[i for i in range(10) if i if i > 2 for j in i]",
    "{k: v for k, v in d.items()}",
    "{i for i in g}",
    "(x for x in y)",
    "async def f():\n    return [x async for x in y]",
    "async def f():\n    return {await x for x in y}",
    "[(a, b) for a in x for b in y if a != b]",
    "sum(x * x for x in range(3))",
]
for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    for node in ast.walk(tree):
        if isinstance(node, ast.comprehension):
            print("  comprehension", ast.dump(node.target), node.is_async, len(node.ifs))
