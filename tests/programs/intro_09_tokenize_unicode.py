# tokenize keeps identifiers as written (no NFKC), with character columns for non-ASCII text.
import io, tokenize, token
src = "ﬁle = 'é' + ｘ\nnaïve_ω = [ℌ, café]\n"
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[t.exact_type], repr(t.string), t.start, t.end)
lines = ["x = 1\n"]
def readline():
    if lines:
        return lines.pop()
    raise StopIteration
print([t.string for t in tokenize.generate_tokens(readline)])
