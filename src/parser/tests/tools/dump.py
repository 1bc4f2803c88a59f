import ast, sys, struct
def fbits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def s_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 32 <= o < 127 and ch not in "\\'":
            out.append(ch)
        else:
            out.append('\\u{%x}' % o)
    return "'" + ''.join(out) + "'"
def b_esc(b):
    out = []
    for o in b:
        if 32 <= o < 127 and o not in (92, 39):
            out.append(chr(o))
        else:
            out.append('\\x%02x' % o)
    return "b'" + ''.join(out) + "'"
def const(v):
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if v is Ellipsis: return '...'
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return 'F' + fbits(v)
    if isinstance(v, complex): return 'J' + fbits(v.imag)
    if isinstance(v, str): return s_esc(v)
    if isinstance(v, bytes): return b_esc(v)
    raise Exception(repr(v))
SKIP = {'type_comment', 'kind', 'type_ignores'}
def d(n):
    if isinstance(n, list):
        return '[' + ','.join(d(x) for x in n) + ']'
    if n is None: return '_'
    if isinstance(n, str): return s_esc(n)
    if isinstance(n, int): return str(n)
    if isinstance(n, ast.expr_context): return type(n).__name__[0]
    if isinstance(n, (ast.operator, ast.boolop, ast.unaryop, ast.cmpop)): return type(n).__name__
    if isinstance(n, ast.Constant):
        s = 'Constant(' + const(n.value) + ')'
    else:
        s = type(n).__name__ + '(' + ','.join(d(getattr(n, f)) for f in n._fields if f not in SKIP) + ')'
    if hasattr(n, 'lineno') and not isinstance(n, (ast.arguments, ast.comprehension, ast.withitem)):
        s += '@%d:%d-%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
    return s
def run(src, mode='exec'):
    try:
        t = ast.parse(src, mode=mode)
        if mode == 'eval': return d(t.body)
        return d(t.body)
    except SyntaxError as e:
        z = lambda v: max(v or 0, 0)
        return 'ERR %s %s %d %d %d %d' % (type(e).__name__, s_esc(e.msg), z(e.lineno), z(e.offset), z(e.end_lineno), z(e.end_offset))
    except Exception as e:
        return 'EXC %s %s' % (type(e).__name__, e)
if __name__ == '__main__':
    for s in sys.argv[1:]:
        s = s.encode().decode('unicode_escape') if '\\' in s else s
        print(repr(s), '=>', run(s))
