# 'single' mode: expression statements print their repr through sys.displayhook.
import sys
exec(compile("40 + 2", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("[1, 'a', None]", "<single>", "single"))
exec(compile("1; 2; None; 3", "<single>", "single"))
exec(compile("for i in range(3): i * 10\n", "<single>", "single"))
exec(compile("if True:\n    'inside if'\n", "<single>", "single"))
exec(compile("def f():\n    'not printed'\n    return 1\n", "<single>", "single"))
ns = {}
exec(compile("def g(): return 7\n", "<single>", "single"), ns)
exec(compile("g()", "<single>", "single"), ns)
import builtins
exec(compile("6 * 7", "<single>", "single"))
print(builtins._)
seen = []
def hook(v):
    seen.append(v)
sys.displayhook = hook
exec(compile("'captured'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)
sys.displayhook(None)
sys.displayhook("direct")
print(builtins._)
del sys.displayhook
try:
    exec(compile("1", "<single>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
sys.displayhook = sys.__displayhook__
# eval mode never prints; exec mode neither
exec(compile("99", "<exec>", "exec"))
print(eval(compile("98", "<eval>", "eval")))
