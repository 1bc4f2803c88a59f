"""Disassembler of ferropy bytecode (CPython 3.11 Lib/dis.py's interface).

The instruction set is ferropy's own (`bytecode/opcode.rs`); the layout is
CPython's and the same as `ferropy --dis` prints. Superinstructions made
when a code object is created are shown as the instructions they were
fused from (`_introspect.instructions`).
"""

import sys
import _introspect

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels',
           'show_code', 'get_instructions', 'Instruction', 'Bytecode', 'opname', 'opmap',
           'cmp_op', 'hasjabs', 'hasjrel', 'hasconst', 'hasname', 'haslocal', 'hasfree', 'hascompare']

opname = _introspect.opnames()
opmap = {name: op for op, name in enumerate(opname) if not name.startswith('<')}
cmp_op = ('<', '<=', '==', '!=', '>', '>=')
hasjabs = _introspect.hasjump()
hasjrel = []
hasconst = [opmap[n] for n in ('LOAD_CONST',) if n in opmap]
hasname = [opmap[n] for n in ('LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL',
                              'DELETE_GLOBAL', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD',
                              'IMPORT_NAME', 'IMPORT_FROM') if n in opmap]
haslocal = [opmap[n] for n in ('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST') if n in opmap]
hasfree = [opmap[n] for n in ('LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE',
                              'LOAD_CLASSDEREF') if n in opmap]
hascompare = [opmap[n] for n in ('COMPARE_OP',) if n in opmap]
EXTENDED_ARG = opmap.get('EXTENDED_ARG', 0)

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

CodeType = type((lambda: 0).__code__)
FunctionType = type(lambda: 0)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
_have_code = (MethodType, FunctionType, CodeType, classmethod, staticmethod, type)


class Instruction:
    """One instruction: opname, opcode, arg, argval, argrepr, offset,
    starts_line, is_jump_target (a named tuple in CPython)."""

    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target',
               'positions')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target,
                 positions=None):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target
        self.positions = positions

    def _astuple(self):
        return (self.opname, self.opcode, self.arg, self.argval, self.argrepr, self.offset,
                self.starts_line, self.is_jump_target, self.positions)

    def __iter__(self):
        return iter(self._astuple())

    def __getitem__(self, i):
        return self._astuple()[i]

    def __len__(self):
        return 9

    def __eq__(self, other):
        if isinstance(other, Instruction):
            other = other._astuple()
        return self._astuple() == other

    def __hash__(self):
        return hash((self.opname, self.offset))

    def __repr__(self):
        return ('Instruction(opname=%r, opcode=%r, arg=%r, argval=%r, argrepr=%r, offset=%r, '
                'starts_line=%r, is_jump_target=%r, positions=%r)' % self._astuple())

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(str(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(str(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _unwrap(x):
    """A method's function, a function's or generator's code; else x."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        return x.__code__
    if hasattr(x, 'gi_code'):
        return x.gi_code
    return x


def _get_code_object(x):
    """The code object of a function, method, generator, code or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = compile(x, '<disassembly>', 'exec')
    if isinstance(x, CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code object or source string."""
    co = _get_code_object(x)
    for t in _introspect.instructions(co):
        line = t[6]
        if line is not None and first_line is not None:
            line = line - co.co_firstlineno + first_line
        yield Instruction(t[0], t[1], t[2], t[3], t[4], t[5], line, t[7])


def findlinestarts(code):
    """(offset, lineno) for each instruction that starts a line."""
    for t in _introspect.instructions(code):
        if t[6] is not None:
            yield (t[5], t[6])


def findlabels(code):
    """Offsets that are jump targets."""
    return [t[5] for t in _introspect.instructions(code) if t[7]]


def _print(text, file):
    if file is None:
        print(text)
    else:
        file.write(text + '\n')


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not its nested ones)."""
    instrs = [Instruction(*t) for t in _introspect.instructions(co)]
    lines = [i.starts_line for i in instrs if i.starts_line is not None]
    max_line = max(lines) if lines else 0
    lineno_width = len(str(max_line)) if max_line >= 1000 else 3
    max_offset = instrs[-1].offset if instrs else 0
    offset_width = len(str(max_offset)) if max_offset >= 10000 else 4
    for instr in instrs:
        if instr.starts_line is not None and instr.offset > 0:
            _print('', file)
        _print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, CodeType):
                _print('', file)
                _print('Disassembly of %r:' % (x,), file)
                _disassemble_recursive(x, file=file, depth=depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, method, function, generator, code object or
    source string; with no argument, the last traceback."""
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if isinstance(x, CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(compile(x, '<dis>', 'exec'), file=file, depth=depth)
    elif hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                _print('Disassembly of %s:' % name, file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    _print('Sorry: %s' % msg, file)
                _print('', file)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: the last one)."""
    if tb is None:
        tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError('no last traceback to disassemble')
    while tb.tb_next is not None:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


def code_info(x):
    """Details of a code object, as CPython's dis.code_info."""
    co = _get_code_object(x)
    lines = ['Name:              %s' % co.co_name,
             'Filename:          %s' % co.co_filename,
             'Argument count:    %s' % co.co_argcount,
             'Positional-only arguments: %s' % co.co_posonlyargcount,
             'Kw-only arguments: %s' % co.co_kwonlyargcount,
             'Number of locals:  %s' % co.co_nlocals,
             'Stack size:        %s' % co.co_stacksize,
             'Flags:             %s' % co.co_flags]
    for title, items in (('Constants', [repr(c) for c in co.co_consts]), ('Names', co.co_names),
                         ('Variable names', co.co_varnames), ('Free variables', co.co_freevars),
                         ('Cell variables', co.co_cellvars)):
        if items:
            lines.append('%s:' % title)
            for i, n in enumerate(items):
                lines.append('%4d: %s' % (i, n))
    return '\n'.join(lines)


def show_code(co, *, file=None):
    _print(code_info(co), file)


class _Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Bytecode:
    """The instructions of a code object, iterable, with `dis()` as a string."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = _get_code_object(x)
        self.first_line = self.codeobj.co_firstlineno if first_line is None else first_line
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj)

    def __repr__(self):
        return 'Bytecode(%r)' % (self.codeobj,)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        out = _Collect()
        disassemble(self.codeobj, -1 if self.current_offset is None else self.current_offset, file=out)
        return ''.join(out.parts)
