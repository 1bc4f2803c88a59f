# compile() of AST objects: parsed, transformed and hand-built trees run
# like source; mode/root mismatches and missing fields are TypeErrors.
import ast

src = "x = [i * 2 for i in range(3)]\ndef f(a, *, b=2):\n    return a + b\ny = f(1)\n"
ns = {}
exec(compile(ast.parse(src), "<tree>", "exec"), ns)
print(ns["x"], ns["y"])
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("print('single', 1)", mode="single"), "<s>", "single"))

class Swap(ast.NodeTransformer):
    # a + b becomes a - b
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Sub(), node.right), node)
        return node

tree = Swap().visit(ast.parse("def g(a, b):\n    return a + b\nprint(g(10, 3))"))
exec(compile(tree, "<swapped>", "exec"), {})

tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name("total", ast.Store())],
               value=ast.Call(ast.Name("sum", ast.Load()),
                              [ast.List([ast.Constant(1), ast.Constant(2.5)], ast.Load())], [])),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                      [ast.JoinedStr([ast.Constant("total="),
                                      ast.FormattedValue(ast.Name("total", ast.Load()), 114, None)])],
                      [ast.keyword("sep", ast.Constant("|"))])),
], type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, "<built>", "exec"), {})

# Line numbers come from the tree.
tree = ast.parse("a = 1\nb = 1 / 0\n")
ast.increment_lineno(tree, 40)
try:
    exec(compile(tree, "<moved>", "exec"), {})
except ZeroDivisionError as e:
    print("ZeroDivisionError at line", e.__traceback__.tb_next.tb_lineno)

# Compile errors found in the tree are SyntaxErrors.
for text in ["return 1", "def f():\n    nonlocal q\n", "break"]:
    try:
        compile(ast.parse(text), "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

for tree, mode in [(ast.Expression(ast.Name("x", ast.Load())), "exec"),
                   (ast.parse("x"), "eval"),
                   (ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "exec"),
                   (ast.Module(body=[ast.Expr()], type_ignores=[]), "exec"),
                   (ast.Name("x", ast.Load()), "exec"),
                   (5, "exec")]:
    try:
        compile(tree, "<b>", mode)
        print("compiled")
    except TypeError as e:
        print("TypeError", e)

t = ast.parse("x")
print(compile(t, "<c>", "exec", ast.PyCF_ONLY_AST) is t)
code = compile(ast.parse("lambda q: q"), "<lam>", "exec")
print(type(code).__name__, code.co_filename)
