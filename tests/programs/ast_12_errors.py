# Parse errors raise SyntaxError (and IndentationError) with CPython's
# message and position; compile() with PyCF_ONLY_AST returns a tree.
import ast

BAD = [
    ("a b", "exec"),
    ("def f(:\n", "exec"),
    ("x = (1,\n", "exec"),
    (" x\n", "exec"),
    ("if x:\npass\n", "exec"),
    ("x = 1", "eval"),
    ("  1", "eval"),
    ("x = 1\ny = 2\n", "single"),
    ("1 = x", "exec"),
    ("f(x for x in y, 1)", "exec"),
    ("print 'hi'", "exec"),
    ("a\0b", "exec"),
    ("f'{'", "exec"),
    ("'abc", "exec"),
    ("for x in y:\n\tif x:\n        pass\n", "exec"),
]
for src, mode in BAD:
    try:
        ast.parse(src, "<test>", mode)
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.filename)

# Errors CPython reports only when compiling are not parse errors.
for src in ["return 1", "break", "nonlocal x", "def f():\n    x = 1\n    global x\n",
            "await x", "yield 1"]:
    print(repr(src), type(ast.parse(src).body[0]).__name__)

try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print("ValueError", e)
try:
    ast.dump("not a node")
except TypeError as e:
    print("TypeError", e)

tree = compile("a + 1", "<c>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
tree = compile(b"x = 1\n", "<c>", "exec", flags=ast.PyCF_ONLY_AST)
print(ast.dump(tree))
print(ast.dump(ast.parse(b"y = 'bytes source'\n")))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
