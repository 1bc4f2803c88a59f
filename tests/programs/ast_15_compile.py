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

# The checks CPython's compile() makes of hand-made trees.
def check(label, tree, mode="exec"):
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<v>", mode)
        print(label, "compiled")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def stmt(src, edit):
    tree = ast.parse(src)
    edit(tree.body[0])
    return tree

check("store-arg", stmt("print(x)", lambda s: setattr(s.value.args[0], "ctx", ast.Store())))
check("load-target", stmt("x = 1", lambda s: setattr(s.targets[0], "ctx", ast.Load())))
check("const-target", stmt("x = 1", lambda s: s.targets.__setitem__(0, ast.Constant(5))))
check("const-del", stmt("del x", lambda s: s.targets.__setitem__(0, ast.Constant(5))))
check("empty-if", stmt("if x: pass", lambda s: setattr(s, "body", [])))
check("empty-def", stmt("def f(): pass", lambda s: setattr(s, "body", [])))
check("try-nothing", stmt("try: pass\nexcept: pass", lambda s: setattr(s, "handlers", [])))
check("try-orelse", stmt("try: pass\nexcept: pass\nelse: pass\nfinally: pass", lambda s: setattr(s, "handlers", [])))
check("no-generators", stmt("[a for a in b]", lambda s: setattr(s.value, "generators", [])))
check("boolop-1", stmt("a or b", lambda s: s.value.values.pop()))
check("compare-0", stmt("a < b", lambda s: (s.value.ops.pop(), s.value.comparators.pop())))
check("dict-lengths", stmt("{1: 2}", lambda s: s.value.values.pop()))
check("star-pattern", stmt("match x:\n case [*a]: pass", lambda s: setattr(s.cases[0], "pattern", ast.MatchStar("a"))))
check("empty-or", stmt("match x:\n case 1 | 2: pass", lambda s: setattr(s.cases[0].pattern, "patterns", [])))
check("capture-_", stmt("match x:\n case a: pass", lambda s: setattr(s.cases[0].pattern, "name", "_")))
check("singleton", stmt("match x:\n case None: pass", lambda s: setattr(s.cases[0].pattern, "value", 5)))
check("empty-import", stmt("import a", lambda s: setattr(s, "names", [])))
check("empty-global", stmt("global a", lambda s: setattr(s, "names", [])))
check("neg-level", stmt("from . import a", lambda s: setattr(s, "level", -1)))
check("name-None", stmt("x = 1", lambda s: setattr(s.targets[0], "id", "None")))
check("defaults", stmt("lambda: 1", lambda s: setattr(s.value.args, "defaults", [ast.Constant(1)])))
check("empty-with", stmt("with a: pass", lambda s: setattr(s, "items", [])))
check("raise-cause", stmt("raise", lambda s: setattr(s, "cause", ast.Name("c", ast.Load()))))
check("annassign", stmt("x: int", lambda s: setattr(s, "target", ast.Attribute(ast.Name("a", ast.Load()), "b", ast.Store()))))
check("walrus", stmt("(a := 1)", lambda s: setattr(s.value, "target", ast.Attribute(ast.Name("a", ast.Load()), "b", ast.Store()))))
check("bad-constant", ast.Expression(ast.Constant([1])), "eval")
check("eval-ok", ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10))), "eval")
check("match-complex-ok", stmt("match x:\n case -1 - 2j: pass", lambda s: None))
check("match-binop-names", stmt("match x:\n case 1 + 2j: pass",
      lambda s: setattr(s.cases[0].pattern.value, "left", ast.Name("q", ast.Load()))))
check("match-neg-name", stmt("match x:\n case -1: pass",
      lambda s: setattr(s.cases[0].pattern.value, "operand", ast.Name("q", ast.Load()))))
