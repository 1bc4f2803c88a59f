"""Basic introspection (a subset of CPython 3.11 Lib/inspect.py).

Frames: `currentframe()`, `stack()` and `sys._getframe()` return
snapshots of the live frames of the current thread (see
`modules/introspect.rs`): code, globals, the current line and `f_back`,
but no `f_locals`, and a snapshot keeps the line it was taken at.
Also the `is*` predicates, `getmembers` and `signature()`.
"""

import sys
import _introspect

__all__ = ['currentframe', 'stack', 'getouterframes', 'FrameInfo', 'isfunction', 'isclass', 'ismethod',
           'ismodule', 'isgenerator', 'isgeneratorfunction', 'isbuiltin', 'isroutine', 'iscode',
           'isframe', 'istraceback', 'signature', 'Signature', 'Parameter', 'getmembers']

FunctionType = type(lambda: 0)
CodeType = type((lambda: 0).__code__)
ModuleType = type(sys)
BuiltinFunctionType = type(len)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)


def _gen():
    yield


GeneratorType = type(_gen())
FrameType = type(sys._getframe())


async def _coro():
    pass


async def _agen():
    yield


_c = _coro()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_agen())
del _C, _gen, _coro, _agen, _c

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ===== Predicates =====

def ismodule(object):
    return isinstance(object, ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, MethodType)


def isfunction(object):
    return isinstance(object, FunctionType)


def isgeneratorfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)


def iscoroutinefunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_COROUTINE)


def isasyncgenfunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, GeneratorType)


def iscoroutine(object):
    return isinstance(object, CoroutineType)


def isasyncgen(object):
    return isinstance(object, AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, CoroutineType)
            or isinstance(object, GeneratorType)
            and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), '__await__'))


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return isinstance(object, FrameType)


def iscode(object):
    return isinstance(object, CodeType)


def isbuiltin(object):
    return isinstance(object, BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


# ===== Frames =====

class FrameInfo:
    """(frame, filename, lineno, function, code_context, index): a named
    tuple in CPython."""

    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')

    def __init__(self, frame, filename, lineno, function, code_context, index, positions=None):
        self.frame = frame
        self.filename = filename
        self.lineno = lineno
        self.function = function
        self.code_context = code_context
        self.index = index
        self.positions = positions

    def _astuple(self):
        return (self.frame, self.filename, self.lineno, self.function, self.code_context, self.index)

    def __iter__(self):
        return iter(self._astuple())

    def __getitem__(self, i):
        return self._astuple()[i]

    def __len__(self):
        return 6

    def __eq__(self, other):
        if isinstance(other, FrameInfo):
            other = other._astuple()
        return self._astuple() == other

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r)'
                % self._astuple())


class Traceback:
    def __init__(self, filename, lineno, function, code_context, index):
        self.filename = filename
        self.lineno = lineno
        self.function = function
        self.code_context = code_context
        self.index = index

    def __iter__(self):
        return iter((self.filename, self.lineno, self.function, self.code_context, self.index))


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current values."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def currentframe():
    """The caller's frame (a snapshot)."""
    return sys._getframe(1)


def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    start = lineno - 1 - context // 2
    start = max(0, start)
    lines = []
    for n in range(start + 1, start + context + 1):
        line = _introspect.getline(filename, n)
        if not line:
            break
        lines.append(line)
    if not lines:
        return None, None
    return lines, lineno - 1 - start


def getframeinfo(frame, context=1):
    lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo for `frame` and each of its callers, innermost first."""
    framelist = []
    while frame is not None:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        lines, index = _context(filename, lineno, context)
        framelist.append(FrameInfo(frame, filename, lineno, frame.f_code.co_name, lines, index))
        frame = frame.f_back
    return framelist


def stack(context=1):
    """FrameInfo for the caller's frame and every frame above it."""
    return getouterframes(sys._getframe(1), context)


def getinnerframes(tb, context=1):
    framelist = []
    while tb is not None:
        frame = tb.tb_frame
        filename = frame.f_code.co_filename
        lines, index = _context(filename, tb.tb_lineno, context)
        framelist.append(FrameInfo(frame, filename, tb.tb_lineno, frame.f_code.co_name, lines, index))
        tb = tb.tb_next
    return framelist


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


# ===== Signatures =====

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        return self.value == other

    def __lt__(self, other):
        return self.value < int(other)

    def __le__(self, other):
        return self.value <= int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __ge__(self, other):
        return self.value >= int(other)

    def __hash__(self):
        return hash(self.value)

    def __str__(self):
        return self.name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self.value)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, _ParameterKind):
            raise ValueError('%r is not a valid Parameter.kind' % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % name)
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return Parameter(self._name if name is _void else name,
                         self._kind if kind is _void else kind,
                         default=self._default if default is _void else default,
                         annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '%s: %s' % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '%s = %r' % (formatted, self._default)
            else:
                formatted = '%s=%r' % (formatted, self._default)
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind.value))


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top = 0
            for p in parameters:
                if p.kind.value < top:
                    raise ValueError('wrong parameter order: %s parameter before %s parameter'
                                     % (_KINDS[top].description, p.kind.description))
                top = p.kind.value
                if p.name in params:
                    raise ValueError('duplicate parameter name: %r' % p.name)
                params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = list(self._parameters.values())
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % ', '.join(result)
        if self._return_annotation is not _empty:
            rendered += ' -> %s' % formatannotation(self._return_annotation)
        return rendered

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def bind(self, *args, **kwargs):
        raise NotImplementedError('Signature.bind is not supported by ferropy yet')

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_from_callable(obj)


_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)


def _signature_from_function(func):
    co = func.__code__
    names = co.co_varnames
    posonly = co.co_posonlyargcount
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    defaults = getattr(func, '__defaults__', None) or ()
    kwdefaults = getattr(func, '__kwdefaults__', None) or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    i = npos + nkw
    if co.co_flags & CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        i += 1
    for j in range(npos, npos + nkw):
        name = names[j]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if co.co_flags & CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, MethodType):
        sig = _signature_from_callable(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if isinstance(obj, type):
        for base in obj.__mro__:
            d = base.__dict__
            if '__new__' in d and isfunction(d['__new__']) and base is not object:
                return _drop_first(_signature_from_function(d['__new__']))
            if '__init__' in d and isfunction(d['__init__']):
                return _drop_first(_signature_from_function(d['__init__']))
        for base in obj.__mro__:
            if base is not object and getattr(base, '__module__', None) == 'builtins':
                raise ValueError('no signature found for builtin type %r' % (obj,))
        return Signature()
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin %r' % (obj,))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('callable %r is not supported by signature' % (obj,))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a Python function, method, class or callable instance."""
    return _signature_from_callable(obj)
