# SyntaxError objects from compile(): message, line, offsets and text, as an editor would show them.
CASES = [
    "x = (1, 2",
    "print('unclosed)",
    "def f(:\n    pass",
    "if x\n    pass",
    "for = 3",
    "a = 1 +",
    "x = [1, 2,, 3]",
    "class C\n    pass",
    "return 5",
    "f(a=1, 2)",
    "f(**k, *a)",
    "x += 1 = 2",
    "lambda x: yield",
    "del f()",
    "1 = x",
    "x = 08",
    "s = 'abc",
    "import",
    "from x import",
    "try:\n    pass",
    "while True:\npass",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "nonlocal x",
    "x = {1: 2, 3}",
    "print 'hello'",
    "a b c",
    "f'{x'",
    "x = 1 if y",
    "else: pass",
    "with open(f) as 1: pass",
    "async def f():\n    yield from x",
    "@\ndef f(): pass",
    "x = )",
    "   x = 1",
    "if True:\n        x = 1\n    y = 2",
]
for src in CASES:
    try:
        compile(src, "<edit>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} col {e.offset} | end {e.end_lineno} {e.end_offset} | {e.text!r}")
e = SyntaxError("custom", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(str(SyntaxError("only msg")), SyntaxError().msg, repr(IndentationError("x")))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
