# Import errors worded as CPython: ModuleNotFoundError (name attribute), not a package, cannot import name; a failing body leaves no module behind.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
def show(e):
    msg = str(e).replace(HERE, "<here>")
    print(type(e).__name__, "|", msg, "|", e.name, "|", (e.path or "").replace(HERE, "<here>") if hasattr(e, "path") else "")
def t1(): import no_such_module
def t2(): import pkga.no_such
def t3(): import plainmod.sub
def t4(): import sys.path
def t5(): from pkga import no_such_name
def t6(): from sys import no_such_name
def t7(): from plainmod import missing
def t8(): import pkga.sub.leaf.deeper
def t9(): from no_such_pkg import x
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9):
    try:
        t()
    except ImportError as e:
        show(e)
print(issubclass(ModuleNotFoundError, ImportError))
for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "broken" in sys.modules)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    show(e)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.replace(HERE, "<here>"))
print("bad_syntax" in sys.modules)
