# tokenize on awkward source: continuations, nested brackets over lines, tabs, strings of every kind, errors.
import io
import token
import tokenize


def show(src):
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type == tokenize.ENDMARKER:
                break
            print(f"  {token.tok_name[t.type]:<9} {t.string!r:<14} {t.start} {t.end}")
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print("  error:", type(e).__name__, e.args[0])


show("total = 1 + \\\n    2\n")
show("call(a,\n     [b,\n      c])\n")
show("if x:\n\tpass\n")
show("s = r'raw\\n' + b\"bytes\" + rb'\\x' + f'{x!r}'\n")
show('doc = """multi\nline"""\n')
show("x = 0x1F + 0o17 + 0b101 + 1_000 + 1.5e-3 + 3j\n")
show("a **= 2; b //= 3; c @= d; e -> f\n")
show("  indented = 1\n")
show("'''never closed\n")
show("def f():\n    if 1:\n        x = 1\n  y = 2\n")
show("# only a comment\n\n")
show("é = 'ünï'\n")
print(token.tok_name[token.NAME], token.OP, token.EXACT_TOKEN_TYPES["**="] == token.DOUBLESTAREQUAL)
print(token.ISTERMINAL(token.NAME), token.ISEOF(token.ENDMARKER), token.ISNONTERMINAL(300))
toks = list(tokenize.generate_tokens(io.StringIO("x=1\n").readline))
print(tokenize.untokenize(toks))
print(isinstance(toks[0], tuple), toks[0]._fields, toks[0][:2])
