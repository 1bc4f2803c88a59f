# types module helpers: SimpleNamespace configs, MappingProxyType, FunctionType, MethodType.
import types

cfg = types.SimpleNamespace(host="localhost", port=8080, debug=False)
cfg.debug = True
cfg.workers = 4
print(cfg, cfg.port, sorted(vars(cfg)))
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True, workers=4))
del cfg.workers
print(cfg, hasattr(cfg, "workers"))


def nested_ns(d):
    return types.SimpleNamespace(**{k: nested_ns(v) if isinstance(v, dict) else v for k, v in d.items()})


settings = nested_ns({"db": {"user": "root", "pool": {"min": 1, "max": 5}}, "name": "app"})
print(settings.db.pool.max, settings.name, settings.db.user)

base = {"a": 1, "b": 2}
view = types.MappingProxyType(base)
print(view["a"], len(view), sorted(view), "b" in view, view.get("z", 0))
base["c"] = 3
print(sorted(view.items()))
try:
    view["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)


class Robot:
    def __init__(self, name):
        self.name = name


def speak(self, word):
    return f"{self.name} says {word}"


r = Robot("R2")
r.speak = types.MethodType(speak, r)
print(r.speak("beep"), type(r.speak).__name__, r.speak.__self__ is r)
Robot.greet = speak
print(Robot("C3").greet("hi"))


def template(x):
    return x + offset


fn = types.FunctionType(template.__code__, {"offset": 100}, "renamed")
print(fn(1), fn.__name__, isinstance(fn, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((lambda: 0), types.LambdaType), isinstance((x for x in ()), types.GeneratorType))
mod = types.ModuleType("plugins", "Plugin docs")
mod.VERSION = 2
exec("def hello():\n    return 'hello from ' + __name__", mod.__dict__)
print(mod.__name__, mod.__doc__, mod.VERSION, mod.hello())
print(type(None) is types.NoneType, types.CodeType is type(template.__code__))
