# The node classes: hierarchy, _fields/_attributes, constructors with
# positional and keyword fields, defaults of optional fields, shared
# contexts, __match_args__, deprecated aliases, dump's forms.
import ast

for name in ["Module", "FunctionDef", "BinOp", "Name", "Load", "Add", "arguments",
             "arg", "keyword", "alias", "comprehension", "ExceptHandler",
             "withitem", "match_case", "MatchAs", "TypeIgnore", "Constant"]:
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__], cls._fields, cls._attributes)
print(ast.Name.__doc__)
print(ast.expr_context.__doc__)
print(ast.mod.__doc__)
print(ast.arguments.__doc__)
print(ast.Pass.__doc__)

n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=3)
print(ast.dump(n), n.lineno, ast.dump(n, include_attributes=True))
for args in [(1, 2, 3, 4), (1, 2, 3)]:
    for cls in (ast.BinOp, ast.Return, ast.Load):
        try:
            cls(*args)
        except TypeError as e:
            print("TypeError", e)
print(ast.Return().value, ast.FunctionDef().returns, ast.Constant(1).kind)
print(ast.Name("x").end_lineno, ast.arg("a").end_col_offset)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
print(ast.dump(ast.Name()), ast.dump(ast.FunctionDef("f", returns=None), annotate_fields=False))
print(ast.dump(ast.Name("x", ast.Load()), annotate_fields=False))
print(ast.dump(ast.Constant(value=None)), ast.dump(ast.Constant(None), annotate_fields=False))
print(ast.dump(ast.ImportFrom(module=None, names=[], level=0), annotate_fields=False))

t1 = ast.parse("a").body[0].value
t2 = ast.parse("b = c").body[0]
print(t1.ctx is ast.parse("d").body[0].value.ctx, type(t2.targets[0].ctx).__name__)
print(isinstance(t1, ast.expr), isinstance(t1, ast.AST), isinstance(t2, ast.stmt))
print(ast.BinOp.__match_args__)
match ast.parse("1 + 2", mode="eval").body:
    case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
        print("matched", a, b)

c = ast.parse("3", mode="eval").body
print(c.n, c.s)
print(ast.dump(ast.Num(5)), ast.dump(ast.Str("s")), type(ast.Num(5)).__name__)
print(ast.dump(ast.Index(ast.Name("x"))), ast.dump(ast.ExtSlice([ast.Constant(1)])))

tree = ast.parse("x = [1, 2]\nif x:\n    y = {'a': (3, 4)}")
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent="..", annotate_fields=False))
print(ast.dump(tree, indent=0))
print(ast.dump(tree.body[1], include_attributes=True, indent=1))
print(ast.dump(ast.parse("f(a)").body[0], annotate_fields=False, include_attributes=True))
print(type(tree).__module__, ast.AST.__name__)
