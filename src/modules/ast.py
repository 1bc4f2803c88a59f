"""The ast module: CPython 3.11's abstract syntax tree classes and helpers.

The node classes are made at import from `_GRAMMAR`, CPython's Python.asdl
(3.11) in short: one class per constructor, under one abstract class per
sum type (`stmt`, `expr`, ...), all under `AST`. `parse` asks the native
`_asttree.parse` for the tree as nested tuples (see modules/ast_tree.rs)
and makes node objects of them; the context and operator nodes (`Load()`,
`Add()`, ...) are shared instances, as in CPython.

`unparse` writes source text back from a tree, as CPython's does.

`compile()` of a tree goes the other way: `_compile` turns the nodes
into tuples (`_tuples`) that `_asttree.compile` reads back (ast_import.rs).

Gaps: `type_comments=True` gives no type comments (the parser skips them),
mode 'func_type' is refused; `compile()` refuses tuple, frozenset and
complex-with-real-part constants, and checks fewer things than CPython's
validator (missing fields, lengths, node kinds; not contexts).
"""

from _asttree import parse as _parse_tuples, compile as _compile_tuples

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# `name = Ctor(type field, ...) | ...`; `@` marks types with positions,
# `@!` positions whose ends are required (no class default None).
_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt @ = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass
    | Break
    | Continue
expr @ = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler @ = ExceptHandler(expr? type, identifier? name, stmt* body)
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg @ (identifier arg, expr? annotation, string? type_comment)
keyword @ (identifier? arg, expr value)
alias @ (identifier name, identifier? asname)
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
pattern @! = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
type_ignore = TypeIgnore(int lineno, string tag)
"""

_POSITION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


def _split_signature(text):
    """'Name(t a, t? b)' -> ('Name', fields, optional fields, doc)."""
    text = text.strip()
    if '(' not in text:
        return text, (), (), text
    name, rest = text.split('(', 1)
    fields, optional = [], []
    for part in rest.rstrip(')').split(','):
        typ, field = part.split()
        fields.append(field)
        if typ.endswith('?'):
            optional.append(field)
    return name.strip(), tuple(fields), tuple(optional), text


def _make_class(name, base, fields, optional, doc, attributes, end_optional):
    ns = {'__module__': 'ast', '__doc__': doc, '_fields': fields,
          '__match_args__': fields, '_attributes': attributes}
    for field in optional:
        ns[field] = None
    if end_optional:
        ns['end_lineno'] = None
        ns['end_col_offset'] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


# The classes of nodes that trees are made of (no abstract ones).
_CONCRETE = {}


def _make_classes():
    entries = []
    for line in _GRAMMAR.strip().split('\n'):
        if line.startswith('    |'):
            entries[-1] += line
        else:
            entries.append(line)
    for entry in entries:
        head, sep, body = entry.partition('=')
        if not sep:
            # A product type: `name [@] (fields)`.
            name, _, sig = entry.partition('(')
            name, *marks = name.split()
            head, body = name + ' ' + ' '.join(marks), None
            sig = name + '(' + sig
        words = head.split()
        name = words[0]
        positioned = len(words) > 1
        attributes = _POSITION if positioned else ()
        end_optional = positioned and words[1] == '@'
        if body is None:
            cname, fields, optional, doc = _split_signature(sig)
            _CONCRETE[cname] = _make_class(cname, AST, fields, optional, doc,
                                           attributes, end_optional)
            continue
        ctors = [_split_signature(c) for c in body.split('|')]
        if all(not c[1] for c in ctors) and '(' not in body:
            doc = '%s = %s' % (name, ' | '.join(c[0] for c in ctors))
        else:
            doc = '%s = %s' % (name, ('\n' + ' ' * len(name) + ' | ').join(c[3] for c in ctors))
        base = _make_class(name, AST, (), (), doc, attributes, end_optional)
        for cname, fields, optional, cdoc in ctors:
            _CONCRETE[cname] = _make_class(cname, base, fields, optional, cdoc,
                                           attributes, False)


_make_classes()

# Context and operator nodes are shared by every tree `parse` makes.
_SHARED = {cls.__name__: cls() for base in (expr_context, boolop, operator, unaryop, cmpop)
           for cls in base.__subclasses__()}


def _node(t):
    """A node object from `_asttree`'s tuple `t` (name, fields, position)."""
    shared = _SHARED.get(t[0])
    if shared is not None:
        return shared
    cls = globals()[t[0]]
    node = cls.__new__(cls)
    i = 1
    for name in cls._fields:
        value = t[i]
        i += 1
        if type(value) is tuple:
            value = _node(value)
        elif type(value) is list:
            value = [_node(x) if type(x) is tuple else x for x in value]
        setattr(node, name, value)
    for name in cls._attributes:
        setattr(node, name, t[i])
        i += 1
    return node


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with PyCF_ONLY_AST)."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    elif isinstance(source, AST):
        return source
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if not isinstance(filename, str):
        filename = bytes(filename).decode('utf-8')
    if mode == 'func_type':
        raise ValueError("ast.parse(): mode 'func_type' is not supported by ferropy")
    return _node(_parse_tuples(source, filename, mode))


def _tuples(node):
    """The tuple form of a node tree (the inverse of _node)."""
    for cls in type(node).__mro__:
        if _CONCRETE.get(cls.__name__) is cls:
            break
    else:
        raise TypeError('expected some sort of AST node, but got %r' % (node,))
    # The position is checked first, as CPython does.
    position = []
    for name in cls._attributes:
        value = getattr(node, name, None)
        if value is None and not name.startswith('end_'):
            owner = cls.__bases__[0] if cls.__bases__[0] is not AST else cls
            raise TypeError('required field "%s" missing from %s' % (name, owner.__name__))
        position.append(value)
    out = [cls.__name__]
    for name in cls._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            raise TypeError('required field "%s" missing from %s'
                            % (name, cls.__name__)) from None
        if isinstance(value, AST):
            value = _tuples(value)
        elif isinstance(value, list):
            value = [_tuples(x) if isinstance(x, AST) else x for x in value]
        out.append(value)
    return tuple(out + position)


def _compile(tree, filename, mode):
    """compile() of an AST object (called by the builtin)."""
    if not isinstance(tree, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    want = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if want is not None and not isinstance(tree, want):
        raise TypeError('expected %s node, got %s' % (want.__name__, type(tree).__name__))
    return _compile_tuples(_tuples(tree), filename, mode)


# ===== Traversal =====

def iter_fields(node):
    """Yield (name, value) for each field in node._fields the node has."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes: fields that are nodes, items of lists."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first."""
    queue = [node]
    i = 0
    while i < len(queue):
        node = queue[i]
        i += 1
        queue.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Calls visit_<ClassName> for each node, generic_visit when absent."""

    def visit(self, node):
        visitor = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # The visit_Num/Str/... methods of old visitors still apply.
        name = _old_constant_name(node.value)
        if name is not None:
            visitor = getattr(self, 'visit_' + name, None)
            if visitor is not None:
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace (or, when None, remove)
    the nodes visited; a list result splices into a list field."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ===== Locations =====

def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node; return new_node."""
    for name in _POSITION:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # The end positions are copied even when None.
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking a position its parent's, recursively."""
    def fix(node, pos):
        pos = list(pos)
        for i, name in enumerate(_POSITION):
            if name not in node._attributes:
                continue
            present = (getattr(node, name, None) is not None if name.startswith('end_')
                       else hasattr(node, name))
            if present:
                pos[i] = getattr(node, name)
            else:
                setattr(node, name, pos[i])
        for child in iter_child_nodes(node):
            fix(child, pos)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _splitlines_no_ff(source):
    """The source's lines as the parser splits them (\\r, \\n, \\r\\n only)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == '\r' and i < n and source[i] == '\n':
            i += 1
        if c == '\r' or c == '\n':
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(text):
    """Spaces in place of every character but tabs and form feeds."""
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text of node, or None when its position is incomplete."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()
    padding = _pad_whitespace(head[:start].decode()) if padded else ''
    parts = [padding + head[start:].decode()]
    parts.extend(lines[first + 1:last])
    parts.append(lines[last].encode()[:end].decode())
    return ''.join(parts)


# ===== Docstrings and literals =====

def _cleandoc(doc):
    """inspect.cleandoc: tabs expanded, common indentation of the lines
    after the first removed, blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _cleandoc(value.value) if clean else value.value


def literal_eval(node_or_string):
    """The value of a literal expression (str or node): strings, bytes,
    numbers, tuples, lists, dicts, sets, booleans and None."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += ' on line %d' % line
        raise ValueError(msg + ': ' + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([convert(e) for e in node.elts])
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return set([convert(e) for e in node.elts])
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(k) for k in node.keys],
                            [convert(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node)


# ===== dump =====

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree: Name(field=value, ...), optionally with
    positions and indented (indent: a count of spaces or a string)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def shown(node, name):
        # A value to show, or _MISSING for absent and default-None values.
        try:
            value = getattr(node, name)
        except AttributeError:
            return _MISSING
        if value is None and getattr(type(node), name, ...) is None:
            return _MISSING
        return value

    def fmt(value, level):
        # -> (text, simple): simple values may share a line.
        if indent is None:
            prefix, sep = '', ', '
        else:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in value)), False
        if not isinstance(value, AST):
            return repr(value), True
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            field = shown(value, name)
            if field is _MISSING:
                named = True
                continue
            text, s = fmt(field, level)
            simple = simple and s
            parts.append('%s=%s' % (name, text) if named else text)
        if include_attributes:
            for name in value._attributes:
                field = shown(value, name)
                if field is _MISSING:
                    continue
                text, s = fmt(field, level)
                simple = simple and s
                parts.append('%s=%s' % (name, text))
        cls = value.__class__.__name__
        if simple and len(parts) <= 3:
            return '%s(%s)' % (cls, ', '.join(parts)), not parts
        return '%s(%s%s)' % (cls, prefix, sep.join(parts)), False

    return fmt(node, 0)[0]


_MISSING = object()


# ===== unparse =====

# Binding strength, loosest first (CPython's _Precedence); a node is
# parenthesized when its context asks for a tighter level than its own.
(_P_NAMED_EXPR, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP,
 _P_BOR, _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER,
 _P_AWAIT, _P_ATOM) = range(1, 19)
_P_EXPR = _P_BOR

_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR),
    'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND), 'FloorDiv': ('//', _P_TERM),
    'Pow': ('**', _P_POWER),
}
_UNARYOPS = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
             'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _P_AND), 'Or': ('or', _P_OR)}
_INFSTR = '1e309'
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES


def _next(level):
    return min(level + 1, _P_ATOM)


def _escape_char(c):
    """unicode_escape of one character."""
    special = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}.get(c)
    if special:
        return special
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _str_literal(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """(body, usable quotes) for a string literal with the fewest escapes."""
    body = ''.join(c if (c in '\n\t' and not escape_whitespace)
                   or (c != '\\' and c.isprintable()) else _escape_char(c)
                   for c in string)
    quotes = list(quote_types)
    if '\n' in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        text = repr(string)
        return text[1:-1], [next((q for q in quote_types if text[0] in q), text[0])]
    if body:
        # Prefer a quote that differs from the last character; a triple
        # quote equal to it needs that character escaped.
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, quotes


class _Unparser(NodeVisitor):
    """Source text for a tree (the output of CPython's ast.unparse)."""

    def __init__(self, avoid_backslashes=False):
        self._out = []
        self._levels = {}
        self._indent = 0
        self._avoid_backslashes = avoid_backslashes
        self._in_try_star = False

    def visit(self, node):
        self._out = []
        self.traverse(node)
        return ''.join(self._out)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            NodeVisitor.visit(self, node)

    # --- output helpers ---

    def write(self, *text):
        self._out.extend(text)

    def fill(self, text=''):
        if self._out:
            self.write('\n')
        self.write('    ' * self._indent + text)

    def block(self, body, doc=False):
        self.write(':')
        self._indent += 1
        if doc:
            self.body_with_docstring(body)
        else:
            self.traverse(body)
        self._indent -= 1

    def clause(self, head, body):
        if body:
            self.fill(head)
            self.block(body)

    def join(self, items, f=None, sep=', '):
        f = f or self.traverse
        for i, item in enumerate(items):
            if i:
                self.write(sep)
            f(item)

    def items(self, items):
        # A one-item sequence keeps its trailing comma.
        self.join(items)
        if len(items) == 1:
            self.write(',')

    def level(self, node):
        return self._levels.get(node, _P_TEST)

    def set_level(self, level, *nodes):
        for node in nodes:
            self._levels[node] = level

    def open_if(self, condition):
        if condition:
            self.write('(')
        return condition

    def close(self, paren):
        if paren:
            self.write(')')

    def captured(self, f, *args):
        saved, self._out = self._out, []
        f(*args)
        text, self._out = self._out, saved
        return text

    # --- statements ---

    def body_with_docstring(self, node):
        doc = _docstring_node(node)
        if doc is None:
            self.traverse(node.body)
            return
        self.fill()
        if doc.kind == 'u':
            self.write('u')
        self.write_str(doc.value, _MULTI_QUOTES)
        self.traverse(node.body[1:])

    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_Expr(self, node):
        self.fill()
        self.set_level(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.join(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.join(node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_level(_P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        paren = self.open_if(not node.simple and isinstance(node.target, Name))
        self.traverse(node.target)
        self.close(paren)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.join(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def try_statement(self, node, star):
        saved, self._in_try_star = self._in_try_star, star
        try:
            self.fill('try')
            self.block(node.body)
            self.traverse(node.handlers)
            self.clause('else', node.orelse)
            self.clause('finally', node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def decorators(self, node):
        if self._out:
            self.write('\n')
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.join(node.bases + node.keywords)
            self.write(')')
        self.block(node, doc=True)

    def visit_FunctionDef(self, node, keyword='def'):
        self.decorators(node)
        self.fill(keyword + ' ' + node.name + '(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.block(node, doc=True)

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, 'async def')

    def visit_For(self, node, keyword='for '):
        self.fill(keyword)
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body)
        self.clause('else', node.orelse)

    def visit_AsyncFor(self, node):
        self.visit_For(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        # A lone nested if in the else branch reads as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        self.clause('else', node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        self.clause('else', node.orelse)

    def visit_With(self, node, keyword='with '):
        self.fill(keyword)
        self.join(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.visit_With(node, 'async with ')

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.block(node.cases)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    # --- strings ---

    def write_str(self, string, quote_types=_ALL_QUOTES):
        body, quotes = _str_literal(string, quote_types)
        self.write(quotes[0] + body + quotes[0])

    def write_constant(self, value):
        if isinstance(value, (float, complex)):
            text = repr(value).replace('inf', _INFSTR)
            self.write(text.replace('nan', '(%s-%s)' % (_INFSTR, _INFSTR)))
        elif self._avoid_backslashes and isinstance(value, str):
            self.write_str(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.join(value, self.write_constant)
            if len(value) == 1:
                self.write(',')
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.write_constant(value)

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            self.write_str(''.join(self.captured(self.fstring_inner, node)))
            return
        parts = [(''.join(self.captured(self.fstring_inner, v)), isinstance(v, Constant))
                 for v in node.values]
        quotes = list(_ALL_QUOTES)
        bodies = []
        for text, is_constant in parts:
            body, usable = _str_literal(text, quotes, escape_whitespace=is_constant)
            if set(usable).isdisjoint(quotes):
                # No quote suits every part: repr each under '''.
                quotes = ["'''"]
                bodies = [repr('"' + t)[2:-1] for t, _ in parts]
                break
            bodies.append(body)
            quotes = usable
        self.write(quotes[0] + ''.join(bodies) + quotes[0])

    def visit_FormattedValue(self, node):
        inner = _Unparser(avoid_backslashes=True)
        inner.set_level(_next(_P_TEST), node.value)
        text = inner.visit(node.value)
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.write('{')
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_inner(node.format_spec)
        self.write('}')

    # --- expressions ---

    def visit_Name(self, node):
        self.write(node.id)

    def visit_NamedExpr(self, node):
        paren = self.open_if(self.level(node) > _P_NAMED_EXPR)
        self.set_level(_P_ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)
        self.close(paren)

    def prefixed(self, node, keyword, level):
        # await/yield/yield from: the keyword, then the operand as an atom.
        paren = self.open_if(self.level(node) > level)
        self.write(keyword)
        if node.value:
            self.write(' ')
            self.set_level(_P_ATOM, node.value)
            self.traverse(node.value)
        self.close(paren)

    def visit_Await(self, node):
        self.prefixed(node, 'await', _P_AWAIT)

    def visit_Yield(self, node):
        self.prefixed(node, 'yield', _P_YIELD)

    def visit_YieldFrom(self, node):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.prefixed(node, 'yield from', _P_YIELD)

    def visit_List(self, node):
        self.write('[')
        self.join(node.elts)
        self.write(']')

    def comprehension_expr(self, brackets, elts, generators):
        self.write(brackets[0])
        self.join(elts, sep=': ')
        self.traverse(generators)
        self.write(brackets[1])

    def visit_ListComp(self, node):
        self.comprehension_expr('[]', [node.elt], node.generators)

    def visit_GeneratorExp(self, node):
        self.comprehension_expr('()', [node.elt], node.generators)

    def visit_SetComp(self, node):
        self.comprehension_expr('{}', [node.elt], node.generators)

    def visit_DictComp(self, node):
        self.comprehension_expr('{}', [node.key, node.value], node.generators)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_level(_next(_P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        paren = self.open_if(self.level(node) > _P_TEST)
        self.set_level(_next(_P_TEST), node.body, node.test)
        self.traverse(node.body)
        self.write(' if ')
        self.traverse(node.test)
        self.write(' else ')
        self.set_level(_P_TEST, node.orelse)
        self.traverse(node.orelse)
        self.close(paren)

    def visit_Set(self, node):
        if not node.elts:
            self.write('{*()}')   # `{}` is a dict, `set` may be rebound
            return
        self.write('{')
        self.join(node.elts)
        self.write('}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_level(_P_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('{')
        self.join(list(zip(node.keys, node.values)), item)
        self.write('}')

    def visit_Tuple(self, node):
        paren = self.open_if(not node.elts or self.level(node) > _P_TUPLE)
        self.items(node.elts)
        self.close(paren)

    def visit_UnaryOp(self, node):
        op, level = _UNARYOPS[type(node.op).__name__]
        paren = self.open_if(self.level(node) > level)
        self.write(op)
        if level != _P_FACTOR:
            self.write(' ')
        self.set_level(level, node.operand)
        self.traverse(node.operand)
        self.close(paren)

    def visit_BinOp(self, node):
        op, level = _BINOPS[type(node.op).__name__]
        paren = self.open_if(self.level(node) > level)
        # `**` groups to the right, the others to the left.
        right_assoc = op == '**'
        self.set_level(_next(level) if right_assoc else level, node.left)
        self.set_level(level if right_assoc else _next(level), node.right)
        self.traverse(node.left)
        self.write(' %s ' % op)
        self.traverse(node.right)
        self.close(paren)

    def visit_Compare(self, node):
        paren = self.open_if(self.level(node) > _P_CMP)
        self.set_level(_next(_P_CMP), node.left, *node.comparators)
        self.traverse(node.left)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
            self.traverse(right)
        self.close(paren)

    def visit_BoolOp(self, node):
        op, level = _BOOLOPS[type(node.op).__name__]
        paren = self.open_if(self.level(node) > level)
        for i, value in enumerate(node.values):
            if i:
                self.write(' %s ' % op)
            # Each operand binds one level tighter than the one before.
            self.set_level(min(level + 1 + i, _P_ATOM), value)
            self.traverse(value)
        self.close(paren)

    def visit_Attribute(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        # `3.real` would read as a float: write `3 .real`.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_level(_P_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.join(node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_level(_P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        # (arg or None, default, prefix, '/' after it) per parameter.
        params = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            params.append((a, d, '', i == len(node.posonlyargs)))
        if node.vararg or node.kwonlyargs:
            params.append((node.vararg, None, '*', False))
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            params.append((a, d, '', False))
        if node.kwarg:
            params.append((node.kwarg, None, '**', False))
        for i, (a, default, prefix, slash) in enumerate(params):
            if i:
                self.write(', ')
            self.write(prefix)
            if a is not None:
                self.traverse(a)
            if default:
                self.write('=')
                self.traverse(default)
            if slash:
                self.write(', /')

    def visit_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        paren = self.open_if(self.level(node) > _P_TEST)
        self.write('lambda')
        params = self.captured(self.traverse, node.args)
        if params:
            self.write(' ', *params)
        self.write(': ')
        self.set_level(_P_TEST, node.body)
        self.traverse(node.body)
        self.close(paren)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # --- patterns ---

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write_constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.join(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name or '_'))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.traverse(kp[0])
            self.write(': ')
            self.traverse(kp[1])
        self.write('{')
        self.join(list(zip(node.keys, node.patterns)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        def keyword(ap):
            self.write(ap[0] + '=')
            self.traverse(ap[1])
        self.set_level(_P_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.join(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.write(', ')
            self.join(list(zip(node.kwd_attrs, node.kwd_patterns)), keyword)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            paren = self.open_if(self.level(node) > _P_TEST)
            self.set_level(_P_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name)
            self.close(paren)

    def visit_MatchOr(self, node):
        paren = self.open_if(self.level(node) > _P_BOR)
        self.set_level(_next(_P_BOR), *node.patterns)
        self.join(node.patterns, sep=' | ')
        self.close(paren)


def _docstring_node(node):
    """The Constant of node's docstring, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
        return None
    first = node.body[0]
    if isinstance(first, Expr) and isinstance(first.value, Constant) \
            and isinstance(first.value.value, str):
        return first.value
    return None


def unparse(ast_obj):
    """Source text that parses back to a tree equal to ast_obj."""
    return _Unparser().visit(ast_obj)


# ===== Deprecated names (CPython keeps them until 3.12) =====

def _getter(self):
    """Deprecated. Use value instead."""
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)


def _old_constant_name(value):
    """Num, Str, Bytes, NameConstant or Ellipsis: the pre-3.8 class of a
    constant's value, or None."""
    if value is None or type(value) is bool:
        return 'NameConstant'
    if isinstance(value, (int, float, complex)):
        return 'Num'
    if isinstance(value, str):
        return 'Str'
    if isinstance(value, bytes):
        return 'Bytes'
    if value is ...:
        return 'Ellipsis'
    return None


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls.__name__ in ('Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis'):
            try:
                value = inst.value
            except AttributeError:
                return False
            return _old_constant_name(value) == cls.__name__
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError('%s got multiple values for argument %r' % (cls.__name__, key))
    if cls in (Num, Str, Bytes, NameConstant):
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _dims_getter(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _dims_setter(self, value):
    self.elts = value


Tuple.dims = property(_dims_getter, _dims_setter)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""
