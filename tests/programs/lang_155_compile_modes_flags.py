# compile(): modes, flags, dont_inherit, ast round-trips and what each mode accepts.
import ast

print(eval(compile("6 * 7", "<eval>", "eval")))
ns = {}
exec(compile("a = 1\nb = a + 1", "<exec>", "exec"), ns)
print(ns["a"], ns["b"])
single = compile("1 + 1\n", "<single>", "single")
exec(single)
exec(compile("x = 5", "<single>", "single"), ns)
print(ns["x"])
for src, mode in [("a = 1", "eval"), ("1\n2", "single"), ("def f(): pass", "eval"), ("", "eval"), ("", "exec")]:
    try:
        compile(src, "<m>", mode)
        print("ok", repr(src), mode)
    except SyntaxError as e:
        print("SyntaxError", repr(src), mode, e.msg)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print("ValueError", e)
tree = compile("y = 2 * 3", "<ast>", "exec", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree.body[0]))
code = compile(tree, "<ast>", "exec")
exec(code, ns)
print(ns["y"])
expr_tree = ast.parse("10 - 4", mode="eval")
print(eval(compile(expr_tree, "<e>", "eval")))
fn_tree = ast.parse("def g(n):\n    return n * 3")
ast.increment_lineno(fn_tree, 10)
c = compile(fn_tree, "<fn>", "exec")
exec(c, ns)
print(ns["g"](4), ns["g"].__code__.co_firstlineno)
try:
    compile(ast.Expression(body=ast.Name(id="x", ctx=ast.Store())), "<bad>", "eval")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    compile("x", "<m>", "exec", flags=0x1234567)
except ValueError as e:
    print("ValueError", e)
try:
    compile("print('hi')", "<m>", "exec", dont_inherit=True, optimize=0)
    print("kwargs accepted")
except TypeError as e:
    print("TypeError", e)
print(compile("'doc'", "<d>", "exec").co_consts[0], compile(b"z = 1", "<bytes>", "exec").co_names)
try:
    compile("x\0y", "<nul>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    compile(5, "<m>", "exec")
except TypeError as e:
    print("TypeError", e)
