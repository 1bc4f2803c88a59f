# tokenize.generate_tokens over a readline: token kinds, strings and positions.
import io
import token
import tokenize

SOURCE = '''def area(r: float) -> float:
    """Circle."""
    return 3.14 * r ** 2  # approx

values = [area(x) for x in (1, 2.5)]
if values:
    print(f"{values[0]:.2f}", 'ok')
'''

toks = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
for tok in toks:
    if tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
        print(token.tok_name[tok.type], tok.start, tok.end)
    else:
        print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

ops = [t for t in toks if t.type == tokenize.OP]
print(len(ops), sorted({t.exact_type == token.OP for t in ops}))
print([token.tok_name[t.exact_type] for t in ops[:6]])
names = [t.string for t in toks if t.type == tokenize.NAME]
print(names)
comments = [(t.string, t.line.strip()) for t in toks if t.type == tokenize.COMMENT]
print(comments)

lines = iter(["x = (1,\n", "     2)\n", ""])
for t in tokenize.generate_tokens(lambda: next(lines)):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)

try:
    list(tokenize.generate_tokens(io.StringIO("s = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args[0])
