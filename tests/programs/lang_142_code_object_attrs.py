# Code objects as a tool author sees them: names, counts, flags, replace(), co_lines().
import os


def plain(a, b, /, c, d=4, *rest, e, f=6, **opts):
    total = a + b + c
    return total


def gen_fn(n):
    for i in range(n):
        yield i * 2


async def coro_fn():
    return 1


def outer():
    captured = 10

    def inner(y):
        return captured + y

    return inner


co = plain.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals, os.path.basename(co.co_filename), co.co_firstlineno)
FLAGS = {"OPTIMIZED": 0x1, "NEWLOCALS": 0x2, "VARARGS": 0x4, "VARKEYWORDS": 0x8,
         "NESTED": 0x10, "GENERATOR": 0x20, "NOFREE": 0x40, "COROUTINE": 0x80}


def flag_names(code):
    return [name for name, bit in FLAGS.items() if code.co_flags & bit]


print(flag_names(plain.__code__))
print(flag_names(gen_fn.__code__))
print(flag_names(coro_fn.__code__))
inner = outer()
print(flag_names(inner.__code__), inner.__code__.co_freevars, outer.__code__.co_cellvars)
print(inner.__code__.co_qualname, inner(5))

renamed = co.replace(co_name="renamed")
print(renamed.co_name, renamed.co_varnames == co.co_varnames, renamed is co, co.co_name)
print(type(co).__name__, isinstance(co.co_code, bytes), len(co.co_code) > 0)


def lines_demo(x):
    y = x + 1
    if y > 2:
        y *= 3
    return y


first = lines_demo.__code__.co_firstlineno
seen = sorted({line - first for _, _, line in lines_demo.__code__.co_lines() if line is not None} - {0})
print(seen)
print(all(start <= end for start, end, _ in lines_demo.__code__.co_lines()))
print("x" in lines_demo.__code__.co_varnames, "y" in lines_demo.__code__.co_varnames)
print(lines_demo.__code__.co_argcount, (lambda: 0).__code__.co_name)
print(compile("a = 1", "<cfg>", "exec").co_filename, compile("a + 1", "<e>", "eval").co_name)
moved = lines_demo.__code__.replace(co_firstlineno=first + 100)
print(sorted({line - first for _, _, line in moved.co_lines() if line is not None} - {100}))
print(moved.co_firstlineno - first, moved.co_name)
for bad in [{"co_name": 3}, {"bogus": 1}]:
    try:
        co.replace(**bad)
    except TypeError as e:
        print("TypeError", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError", e)
