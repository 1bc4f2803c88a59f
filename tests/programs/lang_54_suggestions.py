# NameError/AttributeError attributes that feed CPython's "Did you mean" hints.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
    def method(self):
        return self.timout

cfg = Config()
try:
    cfg.method()
except AttributeError as e:
    print(type(e).__name__, e, "|", e.name, type(e.obj).__name__)

try:
    cfg.verbos
except AttributeError as e:
    print(e.name, e.obj is cfg)

def uses_undefined():
    counter = 1
    return countr

try:
    uses_undefined()
except NameError as e:
    print(type(e).__name__, e, "|", e.name)

try:
    lenn([1])
except NameError as e:
    print(e, "|", e.name)

try:
    del undefined_thing
except NameError as e:
    print(e, "|", e.name)

def unbound():
    print(value)
    value = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e, "|", e.name, isinstance(e, NameError))

import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print(e, "|", e.name, e.obj is sys)

try:
    (5).bit_lenght()
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)

try:
    "text".uper()
except AttributeError as e:
    print(e, "|", e.name, repr(e.obj))

try:
    Config.nothing
except AttributeError as e:
    print(e, "|", e.name, e.obj is Config)

e = AttributeError("manual", name="n", obj=1)
print(e.name, e.obj, e.args)
e2 = NameError("manual", name="nm")
print(e2.name, e2.args)
print(AttributeError("x").name, AttributeError("x").obj, NameError("y").name)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError("no dynamic " + name)
d = Dynamic()
print(d.ok_fine)
try:
    d.bad
except AttributeError as e:
    print(e, "|", e.name, type(e.obj).__name__)
