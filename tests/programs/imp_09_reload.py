# importlib.reload re-runs the body in the same namespace and returns the module; errors for non-modules.
import sys
import importlib
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import counter_mod
import runlog
print(counter_mod.VERSION, counter_mod.ONLY_FIRST, runlog.RUNS)
d = vars(counter_mod)
counter_mod.EXTRA = "kept"
m = importlib.reload(counter_mod)
print(m is counter_mod, vars(m) is d)
print(counter_mod.VERSION, counter_mod.ONLY_FIRST, counter_mod.EXTRA, runlog.RUNS)
importlib.reload(counter_mod)
print(counter_mod.VERSION, len(runlog.RUNS))
import pkga.sub.leaf
leaf2 = importlib.reload(pkga.sub.leaf)
print(leaf2 is pkga.sub.leaf, leaf2.VALUE)
print(importlib.reload(sys) is sys)
for bad in (42, "counter_mod", None):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print(type(e).__name__, e)
del sys.modules["runlog"]
try:
    importlib.reload(runlog)
except ImportError as e:
    print(type(e).__name__, e)
