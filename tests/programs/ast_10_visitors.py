# NodeVisitor, NodeTransformer (replace, remove, splice lists),
# fix_missing_locations, copy_location, walk, iter_fields, iter_child_nodes.
import ast

SOURCE = '''
def f(x):
    y = x + 1
    print(y)
    return y * 2
z = f(3)
'''

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

tree = ast.parse(SOURCE)
c = Counter()
c.visit(tree)
print(c.names, c.calls)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "y":
            return ast.copy_location(ast.Name(id="renamed", ctx=node.ctx), node)
        return node
    def visit_Expr(self, node):
        return None          # drop expression statements
    def visit_Return(self, node):
        self.generic_visit(node)
        extra = ast.Expr(value=ast.Constant(value="before return"))
        return [extra, node]  # splice into the body

tree = Rename().visit(tree)
print(ast.dump(tree))
ast.fix_missing_locations(tree)
for node in ast.walk(tree):
    if isinstance(node, ast.Constant):
        print("Constant", repr(node.value), node.lineno, node.col_offset,
              node.end_lineno, node.end_col_offset)

print([type(n).__name__ for n in ast.walk(ast.parse("a = b(c, d=e)"))])
node = ast.parse("f(1, x=2)", mode="eval").body
print([name for name, _ in ast.iter_fields(node)])
print([type(n).__name__ for n in ast.iter_child_nodes(node)])

class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(value=node.value * 2)
        return node
expr = Doubler().visit(ast.parse("[1, 2, 'x', 3]", mode="eval"))
print(ast.literal_eval(expr))

class Strip(ast.NodeTransformer):
    def visit_keyword(self, node):
        return None
print(ast.dump(Strip().visit(ast.parse("f(a, b=1, c=2)", mode="eval"))))

class OldStyle(ast.NodeVisitor):
    def visit_Num(self, node):
        print("visit_Num", node.value)
    def visit_Str(self, node):
        print("visit_Str", node.value)
OldStyle().visit(ast.parse("x = 1 + 'a'"))
