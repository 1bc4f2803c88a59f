# Packages: `import a.b.c` binds `a`, runs each __init__ once in order, sets submodules as attributes; `import a.b as x` binds the leaf.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import pkga.sub.leaf
print(pkga.TOP, pkga.sub.SUB, pkga.sub.leaf.VALUE, pkga.sub.leaf.where())
print("bound names:", [n for n in ("pkga", "sub", "leaf") if n in globals()])
print([m for m in sorted(sys.modules) if m.startswith("pkga")])
print(pkga.__package__, pkga.sub.__package__, pkga.sub.leaf.__package__)
print([p.replace(HERE, "<here>") for p in pkga.__path__])
print(pkga.__file__.replace(HERE, "<here>"))
print(hasattr(pkga.sub.leaf, "__path__"), hasattr(pkga, "__path__"))
import pkga.sub.leaf as L
print(L is pkga.sub.leaf, L.__name__)
import pkga.sub as S
print(S is pkga.sub, S.__name__)
import pkga
print("helper imported yet?", hasattr(pkga, "helper"))
import pkga.helper
print(pkga.helper.helps(), sys.modules["pkga.helper"] is pkga.helper)
