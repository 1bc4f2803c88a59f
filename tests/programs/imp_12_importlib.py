# importlib.import_module: absolute names return the leaf module, relative names need `package`; the errors.
import sys
import importlib
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
leaf = importlib.import_module("pkga.sub.leaf")
print(leaf.__name__, leaf.VALUE)
print(importlib.import_module("pkga") is sys.modules["pkga"])
print(importlib.import_module(".leaf", "pkga.sub") is leaf)
print(importlib.import_module("..helper", "pkga.sub").helps())
print(importlib.import_module("sys") is sys)
print(importlib.import_module(name="plainmod").__name__)
for args in [("no_such",), ("",), (".x", "")]:
    try:
        importlib.import_module(*args)
    except (ImportError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
print("ok")
