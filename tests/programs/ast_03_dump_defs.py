# ast.dump of definitions: decorators, every kind of parameter, lambda,
# class keywords, async def/for/with, await, yield, yield from.
import ast

SOURCE = '''
@dec
@dec2(1, k=2)
async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    """doc"""
    global g
    async for i in aiter():
        await x
    async with a as (b, c), d:
        pass
    yield
    yield 1
    x = yield from y
    return

class C(B, metaclass=M, **kw):
    def g(self, *, k):
        nonlocal q

@property
class A: pass
'''

tree = ast.parse(SOURCE)
for stmt in tree.body:
    print(ast.dump(stmt))
print(ast.dump(tree.body[0].args, indent=2))
for src in ["lambda: 0", "lambda x, *y, z=1, **w: x", "lambda *, k: k",
            "lambda a, /, b=2: 0", "def f(a=1, /, b=2, *, c, d=4): pass"]:
    print(ast.dump(ast.parse(src).body[0]))
