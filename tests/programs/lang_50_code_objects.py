# Code object attributes: names, counts, constants, flags that do not depend on bytecode.
def sample(a, b, /, c, *args, d, e=1, **kw):
    "docstring"
    local1 = a + b
    def inner():
        return local1 + c
    return inner

co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_filename.endswith("lang_50_code_objects.py"), co.co_firstlineno)
print(co.co_nlocals, type(co.co_consts).__name__, "docstring" in co.co_consts)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))

inner = sample(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, ic.co_argcount)
print(bool(ic.co_flags & 0x10), bool(co.co_flags & 0x10))

def gen():
    yield 1
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
coro().close()

lam = lambda x, y=2: x + y
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)

def uses_globals():
    return len(str(undefined_global_name))
print(sorted(uses_globals.__code__.co_names))

class K:
    def method(self):
        return self
print(K.method.__code__.co_qualname, K.method.__code__.co_varnames)

def nested_names():
    x = 1
    def a():
        def b():
            return x
        return b
    return a
print(nested_names.__code__.co_cellvars, nested_names().__code__.co_freevars,
      nested_names()().__code__.co_freevars)

mod = compile("x = 1\ny = x\n", "<module>", "exec")
print(mod.co_name, mod.co_filename, mod.co_argcount, sorted(mod.co_names))
ev = compile("a + b", "<expr>", "eval")
print(ev.co_name, sorted(ev.co_names))

def consts():
    return (1, "two", None, 3.0)
print([c for c in consts.__code__.co_consts if c is not None])

import types
print(type(co) is types.CodeType, isinstance(co, types.CodeType))
def comp():
    return [i for i in range(3)]
print(comp.__code__.co_varnames)

def many_locals(p, q):
    r = s = t = 0
    for u in range(1):
        pass
    return r, s, t
print(many_locals.__code__.co_varnames, many_locals.__code__.co_nlocals)
print(eval(compile("40 + 2", "<c>", "eval")))
print(sample.__code__ is sample.__code__, sample.__code__ == sample.__code__)
print(hasattr(co, "co_code"), hasattr(co, "co_lnotab") or True)
