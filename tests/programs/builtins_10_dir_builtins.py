# the names in the builtins module (site's helpers by callability only)
import builtins
names = sorted(n for n in dir(builtins))
print(len(names))
site = {'exit', 'quit', 'help', 'copyright', 'credits', 'license', '__loader__', '__spec__'}
for n in names:
    obj = getattr(builtins, n)
    print(n, callable(obj) if n in site else type(obj).__name__)
print(builtins.__name__, type(builtins).__name__, type(builtins.__doc__).__name__, repr(builtins.__package__))
print(builtins.len is len, hasattr(builtins, 'True_'))
