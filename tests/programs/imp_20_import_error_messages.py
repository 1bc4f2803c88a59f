# What import failures say: missing names, submodules of modules, relative without parent, circular.
import importlib
import os
import sys

HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import plugkit


def show(e):
    msg = str(e)
    if " (" in msg and msg.endswith(")"):
        msg = msg[:msg.index(" (")] + " (<path>)"
    path = os.path.basename(e.path) if getattr(e, "path", None) else e.path
    print(type(e).__name__, "|", msg, "|", e.name, "|", path)


attempts = [
    "from plugkit import nope",
    "import plugkit.nothere",
    "import plugkit.core.deeper",
    "from plugkit.core import Registry, nothing_here",
    "import no_such_top_level_module",
    "from .sibling import x",
    "from plugkit import needs_missing",
    "from plugkit import cyc_a",
]
for src in attempts:
    try:
        exec(src, {"__name__": "__main__"})
        print("ok", src)
    except ImportError as e:
        show(e)
print(isinstance(ModuleNotFoundError(), ImportError), ModuleNotFoundError.__mro__[1].__name__)
for name, pkg in [(".plugins.alpha", "plugkit"), ("..core", "plugkit.plugins"), ("plugkit.core", None)]:
    print(importlib.import_module(name, pkg).__name__)
for bad in [("", None), (".x", None), ("..x", "plugkit")]:
    try:
        importlib.import_module(*bad)
    except (ValueError, TypeError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("plugkit", level=-1)
except ValueError as e:
    print("ValueError", e)
print(sorted(m for m in sys.modules if m.startswith("plugkit.cyc")))
e = ImportError("custom", name="modname", path="/x/y.py")
print(e, e.name, e.path, e.msg, repr(ImportError()))
