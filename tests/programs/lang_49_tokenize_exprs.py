# tokenize.generate_tokens over a readline: token types, strings and positions.
import io
import tokenize
import token

def show(src):
    print("---", repr(src[:40]))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print(" ", token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)

show("x = 1 + 2.5j\n")
show("def f(a, *, b=0x1F):\n    return a ** b  # power\n")
show("s = f'{x!r:>10}' + rb'\\d' + '''multi\nline'''\n")
show("if (a and\n    b):\n\tpass\n")
show("lst = [1_000, 0o17, 0b101, 1e-3, .5]\n")
show("x @= y; z //= 3 -> w := 2\n")
show("async def g():\n    await h()\n")
show("a\\\n  + b\n")

toks = list(tokenize.generate_tokens(io.StringIO("print('hi')").readline))
print([token.tok_name[t.type] for t in toks])
print(toks[0].line, toks[0].type == token.NAME, tokenize.NAME == token.NAME)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER))
print(token.OP, token.NUMBER, token.STRING, token.NEWLINE, token.INDENT, token.DEDENT)

exact = [t for t in tokenize.generate_tokens(io.StringIO("a+=(b*c)\n").readline) if t.type == token.OP]
print([(t.string, token.tok_name[t.exact_type]) for t in exact])

counts = {}
src = "\n".join("v%d = %d * (%d + 1)" % (i, i, i) for i in range(20)) + "\n"
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    name = token.tok_name[t.type]
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))

try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError:", e.args)
