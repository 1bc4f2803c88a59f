# `from pkg import submodule` falls back to importing the submodule; `from a.b import c`; attribute wins over submodule.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
from pkga import helper
print(helper.helps(), helper.__name__)
print("pkga bound?", "pkga" in globals())
from pkga.sub import leaf, SUB
print(leaf.VALUE, SUB)
from pkga import sub, TOP
print(sub.__name__, TOP)
import pkga
print(pkga.helper is helper, pkga.sub.leaf is leaf)
m = __import__("pkga.sub.leaf")
print(m.__name__)
m = __import__("pkga.sub.leaf", globals(), None, ["VALUE"])
print(m.__name__)
m = __import__("pkga.sub", fromlist=["leaf"])
print(m.__name__, m.leaf.VALUE)
