# Relative-import errors, worded as CPython: no known parent package, beyond top-level package, importlib without package.
import sys
import importlib
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
print(__name__, __package__, __spec__)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkgrel.toodeep
except ImportError as e:
    print(type(e).__name__, e)
print("toodeep cached?", "pkgrel.toodeep" in sys.modules)
try:
    importlib.import_module("..x", "pkgrel")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".sibling")
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.import_module(".sibling", "pkgrel").SIB)
print(importlib.import_module("..other", "pkgrel.inner").OTHER)
g = {"__name__": "pkgrel.inner.deep", "__package__": None}
print(__import__("sibling", g, None, ["SIB"], 2).__name__)
g = {"__name__": "pkgrel", "__path__": []}
print(__import__("", g, None, ["other"], 1).other.OTHER)
