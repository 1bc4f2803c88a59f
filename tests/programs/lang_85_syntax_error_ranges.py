# SyntaxError positions: lineno/offset/end_lineno/end_offset and the args details tuple, for common mistakes.
cases = ["x = (", "x = )", "def f(:\n  pass", "1 +", "x = 1 +* 2", "f(a for a in b, c)", "print 'hi'", "if x\n  pass", "a = 1 = 2",
 "x = [1, 2", "for x in range(3):\npass", "  x = 1", "def f():\n    x = 1\n  y = 2", "class A:\nx", "return 5", "yield 1", "break",
 "f(**x, *y)", "f(x=1, y)", "del f()", "(a, b) += 1", "x += 1, 2 = 3", "None = 1", "True = 2", "f() = 3", "a + b = 3", "[x for x in y] = 1",
 "lambda: (yield)", "def f(a, a): pass", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x", "x = 'abc", "x = '''abc", "1_000_", "0b12", "0o8", "1e", "x = 5 if 3",
 "import", "from x import", "try:\n  pass\n", "with open(x) as f, :\n  pass", "f(a, b for b in c)", "x: int = 1 = 2", "a, *b, *c = d", "*a = 1", "print(f'{x!z}')", "f'{'", "f'{}'",
 "x = 1\n  y = 2", "if True:\n\tx = 1\n        y = 2", "def f(*): pass", "def f(**k, a): pass", "async = 1", "await x", "x = {1: 2, 3}", "a.1", "1 if 2 else", "`x`", "x = $", "a = 0777", "d = {**x for x in y}",
 "assert(x, 'msg') = 1", "foo(x, y=1, **z, w)", "continue", "for x in 1, 2: pass\nelse pass"]
symtable_errors = ["def f(a, a): pass", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
        if src not in symtable_errors:
            print("   args:", e.args[1][0], e.args[1][1:3], e.args[1][4:])

# eval and single modes.
for src, mode in [("", "eval"), ("if 1:\n  pass\nx", "single"), ("x = 1\ny = 2\n", "single"), ("(1, 2", "eval")]:
    try:
        compile(src, "<m>", mode)
    except SyntaxError as e:
        print(mode, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
