# A plugin package: relative imports at two levels, __all__, star import, module __getattr__.
import sys

HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import plugkit
from plugkit import *

print(plugkit.VERSION, VERSION, load_all())
print(plugkit.plugins.LOADED)
print(Registry.items["beta"](4), Registry.items["alpha"](4))
print("helper_not_exported" in dir(), "_private" in dir(), "register" in dir())
print(plugkit.lazy_answer)
try:
    plugkit.no_such_thing
except AttributeError as e:
    print("AttributeError", e)
from plugkit import lazy_answer
print(lazy_answer)
import plugkit.plugins.alpha as alpha_mod
print(alpha_mod.__name__, alpha_mod.__package__, alpha_mod.run(1))
print(plugkit.plugins.__package__, plugkit.__package__, plugkit.core.__package__)
print(sorted(m for m in sys.modules if m.startswith("plugkit")))
print(plugkit.__doc__, plugkit.__name__, plugkit.__spec__.name, plugkit.__spec__.parent)
print(plugkit.plugins.alpha is alpha_mod, hasattr(plugkit.plugins, "beta"))
from plugkit.plugins import beta
print(beta.run.__module__, beta.alpha_run is alpha_mod.run)
