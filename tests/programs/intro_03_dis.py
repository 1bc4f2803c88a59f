# dis: compare only what ferropy's instruction set shares with CPython's.
import dis


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def globals_used(x):
    return sorted({i.argval for i in dis.get_instructions(x) if i.opname == 'LOAD_GLOBAL'})


def body_lines(x):
    co = x.__code__ if hasattr(x, '__code__') else x
    return sorted({i.starts_line for i in dis.get_instructions(x)
                   if i.starts_line is not None and i.starts_line != co.co_firstlineno})


def opnames_used(x):
    return {i.opname for i in dis.get_instructions(x)}


def f(a, b=2):
    x = a + b
    if x > 3:
        return len(str(x))
    for i in range(3):
        x += i
    return max(x, abs(-x))


def g(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total


class C:
    def method(self, v):
        return sorted(self.items, key=lambda t: t[v])

    @staticmethod
    def sm():
        return print

    @classmethod
    def cm(cls):
        return isinstance(cls, type)


for fn in (f, g, C.method, C().method, C.sm, C.cm):
    print(getattr(fn, '__name__', fn), globals_used(fn), body_lines(fn))
    ops = opnames_used(fn)
    print('  RETURN_VALUE' in ops or 'RETURN_VALUE' in ops, 'LOAD_GLOBAL' in ops, 'LOAD_FAST' in ops)

print(f.__code__.co_names, g.__code__.co_names, C.method.__code__.co_names)
print(f.__code__.co_varnames, f.__code__.co_argcount)

# Instruction objects
for ins in dis.get_instructions(f):
    if ins.opname == 'LOAD_CONST':
        print('LOAD_CONST', repr(ins.argval), ins.argrepr == repr(ins.argval), ins.arg is not None)
    if ins.opname in ('LOAD_FAST', 'STORE_FAST'):
        print(ins.opname, ins.argval, ins.argrepr, type(ins.opcode).__name__, type(ins.offset).__name__)
    if ins.opname == 'LOAD_GLOBAL':
        print('LOAD_GLOBAL', ins.argval, ins.argval in ins.argrepr)

jumps = [i for i in dis.get_instructions(g) if i.is_jump_target]
print('jump targets exist:', len(jumps) > 0, all(isinstance(i.offset, int) for i in jumps))
print(all(i.offset % 2 == 0 for i in dis.get_instructions(g)))

# opname / opmap
print(dis.opname[dis.opmap['LOAD_CONST']], dis.opname[dis.opmap['RETURN_VALUE']])
print(all(dis.opmap[name] == op for op, name in enumerate(dis.opname) if name in dis.opmap))
for name in ('LOAD_GLOBAL', 'STORE_FAST', 'POP_TOP', 'CALL', 'BUILD_LIST', 'COMPARE_OP', 'BINARY_OP'):
    print(name, name in dis.opmap)
print(dis.cmp_op)

# source strings and code objects: names and nested code objects
src = "import os\nx = 1\ndef h(y):\n    return y + x\nclass K:\n    z = 2\n"
co = compile(src, '<src>', 'exec')
print(co.co_names)
print(sorted(c.co_name for c in co.co_consts if hasattr(c, 'co_code') or type(c).__name__ == 'code'))
out = Collect()
dis.dis(src, file=out)
text = out.text()
print([line.split(' at ')[0] for line in text.splitlines() if line.startswith('Disassembly of')])
print('RETURN_VALUE' in text, 'STORE_NAME' in text, '(h)' in text, '(os)' in text)

# a class: one section per method, in name order
out = Collect()
dis.dis(C, file=out)
print([line for line in out.text().splitlines() if line.startswith('Disassembly of ') and ' at ' not in line])

# rows: line number column, offsets, names
out = Collect()
dis.dis(f, file=out)
rows = [r for r in out.text().splitlines() if r.strip()]
print(all(r[:3].strip() == '' or r[:3].strip().isdigit() for r in rows))
print(sorted({int(r[:3]) for r in rows if r[:3].strip()} - {f.__code__.co_firstlineno}))

try:
    dis.dis(42)
except TypeError as e:
    print('TypeError', e)
lines = list(dis.findlinestarts(g.__code__))
print(sorted({l for o, l in lines} - {g.__code__.co_firstlineno}))
b = dis.Bytecode(f)
print(sorted({i.argval for i in b if i.opname == 'LOAD_GLOBAL'}))
print('LOAD_FAST' in b.dis())
