# Code object attributes of several kinds of functions.
def plain(a, b, /, c, *, d=1, **kw):
    x = a + b
    return x
def gen(n):
    yield n
def varargs(*args):
    return args
def outer():
    v = 1
    def inner():
        return v
    return inner
async def coro():
    pass
for f in (plain, gen, varargs, outer, outer(), coro, lambda q: q):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
    print("  varnames", c.co_varnames, "freevars", c.co_freevars, "cellvars", c.co_cellvars)
    print("  flags", c.co_flags & 0x2ff, "nlocals", c.co_nlocals)
    print("  first line offset", c.co_firstlineno - plain.__code__.co_firstlineno)
    print("  file", c.co_filename == __file__)
print(type(plain.__code__).__name__, isinstance(plain.__code__.co_code, bytes))
print("x" in plain.__code__.co_varnames, plain.__code__.co_names)
print(None in gen.__code__.co_consts or True)
import inspect
print(inspect.iscode(plain.__code__), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro))
