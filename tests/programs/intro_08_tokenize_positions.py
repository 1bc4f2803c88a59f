# tokenize.generate_tokens positions over a readline: strings, continuation lines, dedents, operators.
import io, tokenize, token
src = '''def f(x,
      y=(1 +
         2)):
    s = """a
b"""
    if x:
        return [x, y]  # trailing
    return {
        'k': s,
    }
'''
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)
lines = iter(["a = 1\n", "b = a ** 2\n", ""])
for t in tokenize.generate_tokens(lambda: next(lines)):
    print(t.type, t.exact_type, repr(t.string), t.start, t.end)
