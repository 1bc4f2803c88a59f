# compile(..., "single"): expression statements echo through sys.displayhook.
import sys
exec(compile("1 + 1", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("[x, x * 2]", "<s>", "single"))
exec(compile("if x:\n    x + 100\n\n", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
seen = []
def hook(value):
    seen.append(value)
old = sys.displayhook
sys.displayhook = hook
exec(compile("42", "<s>", "single"))
exec(compile("'hooked'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = old
print(seen)
import builtins
print(hasattr(builtins, "_"))
exec(compile("7 * 6", "<s>", "single"))
print(builtins._)
for bad in ["x = 1\ny = 2", "1; 2", "if 1:\n  pass\nelse_ = 3"]:
    try:
        compile(bad, "<s>", "single")
        print("compiled:", repr(bad))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
exec(compile("a = 1; b = 2", "<s>", "single"))
print(a, b)
print(sys.displayhook is sys.__displayhook__)
sys.__displayhook__(("direct", 1))
sys.__displayhook__(None)
ns = {}
exec(compile("y = 3\n", "<s>", "single"), ns)
print(ns["y"])
exec(compile("def f():\n    return 'f'\n", "<s>", "single"), ns)
exec(compile("f()", "<s>", "single"), ns)
class Repr:
    def __repr__(self):
        return "<Repr instance>"
ns["R"] = Repr
exec(compile("R()", "<s>", "single"), ns)
exec(compile("print('print returns None')", "<s>", "single"))
