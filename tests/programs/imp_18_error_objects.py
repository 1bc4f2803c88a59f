# ImportError's name/path attributes and keyword arguments; str() of a SyntaxError raised by an import.
import sys
HERE = sys.path[0]
sys.path.insert(0, HERE + "/imp_pkgs")
e = ImportError("message", name="mod", path="/some/path.py")
print(e, e.args, e.name, e.path)
e = ModuleNotFoundError("no")
print(e.name, e.path, isinstance(e, ImportError))
try:
    ImportError("m", other=1)
except TypeError as t:
    print(t)
try:
    raise ImportError("custom", name="custom_mod")
except ImportError as err:
    print(err, err.name)
try:
    import bad_syntax
except SyntaxError as err:
    print(err)
    print(err.lineno, err.offset, repr(err.text))
try:
    import imp_pkgs.no_such
except ModuleNotFoundError as err:
    print(err, err.name)
