# Importing .py modules and packages from the script's folder: caching, relative imports, __all__.
import sys
import lang_mods
print(lang_mods.VERSION, lang_mods.greet("pkg"), lang_mods.__name__, lang_mods.__package__)
print(sorted(n for n in sys.modules if n.startswith("lang_mods")))
import lang_mods.helpers as h
print(h is lang_mods.helpers, h.bump(), h.bump(), lang_mods.helpers.counter)
import lang_mods.helpers
print(lang_mods.helpers.bump(), "imported once")
from lang_mods.shapes import Square, circle
sq = Square(3)
print(sq.area(), sq.describe(), circle.area(1), round(circle.TAU, 4))
try:
    circle.nothing
except AttributeError as e:
    print("AttributeError:", e)
from lang_mods.shapes.square import Square as S2
print(S2 is Square, Square.__module__, circle.__name__)
ns = {}
exec("from lang_mods import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from lang_mods.helpers import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(lang_mods.__file__.endswith("__init__.py"), h.__file__.endswith("helpers.py"))
print(lang_mods.__path__[0].endswith("lang_mods"), hasattr(h, "__path__"))
print(lang_mods.__doc__)
try:
    import lang_mods.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from lang_mods import missing_name
except ImportError as e:
    # The message ends with the package's absolute path: keep its tail.
    msg = str(e)
    print("ImportError:", msg[: msg.index("(")], msg[msg.index("lang_mods/") :])
try:
    import no_such_top_level_module
except ImportError as e:
    print(type(e).__name__, e)
import importlib
m = importlib.import_module("lang_mods.shapes.circle")
print(m is circle, importlib.import_module(".square", "lang_mods.shapes").Square is Square)
del sys.modules["lang_mods.helpers"]
import lang_mods.helpers as fresh
print(fresh is h, fresh.counter, h.counter)
print(sys.modules["lang_mods"].helpers is fresh)
