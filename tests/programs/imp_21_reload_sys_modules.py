# importlib.reload and sys.modules: a module that counts its loads, removal and re-import, stand-ins.
import importlib
import sys
import types

HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
import plugkit.counter as counter

print(counter.LOADS, counter.DATA)
first_data = counter.DATA
again = importlib.reload(counter)
print(again is counter, counter.LOADS, counter.DATA, first_data)
del sys.modules["plugkit.counter"]
import plugkit.counter as fresh
print(fresh is counter, fresh.LOADS)
fake = types.ModuleType("fake_mod")
fake.value = "from a stand-in"
sys.modules["fake_mod"] = fake
import fake_mod
print(fake_mod.value, fake_mod is fake)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.reload(fake)
except ImportError as e:
    print("reload fake:", type(e).__name__, e)
try:
    importlib.reload("plugkit")
except TypeError as e:
    print("TypeError", e)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
m = importlib.import_module("plugkit.core")
print(m.__name__, type(m).__name__, m is sys.modules["plugkit.core"])
