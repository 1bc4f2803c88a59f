# methods that take no arguments refuse extra ones, in CPython's words,
# and do nothing when refused
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

d = {'a': 1}
for name in ['keys', 'values', 'items', 'copy', 'clear', 'popitem']:
    show('dict.' + name, lambda: getattr(d, name)(1))
show('dict unchanged', lambda: d)
show('dict.keys kw', lambda: d.keys(x=1))
show('dict.keys unbound', lambda: dict.keys(d, 1))
show('dict.keys no self', lambda: dict.keys())
l = [3, 1, 2]
for name in ['copy', 'clear', 'reverse']:
    show('list.' + name, lambda: getattr(l, name)(0))
show('list unchanged', lambda: l)
show('list.copy via call', lambda: [].copy(1, 2))
for name in ['upper', 'lower', 'casefold', 'title', 'swapcase', 'capitalize', 'isdigit', 'isidentifier', 'isprintable', 'isascii', 'isspace']:
    show('str.' + name, lambda: getattr('Ab', name)(1))
show('str.upper kw', lambda: 'a'.upper(x=1))
show('bytes.upper', lambda: b'a'.upper(1))
show('bytearray.copy', lambda: bytearray(b'x').copy(1))
show('bytearray.clear', lambda: bytearray(b'x').clear(1))
for name in ['bit_length', 'bit_count', 'conjugate', 'as_integer_ratio']:
    show('int.' + name, lambda: getattr(7, name)(2))
show('(1).bit_length(2)', lambda: (1).bit_length(2))
show('bool.bit_length', lambda: True.bit_length(1))
for name in ['is_integer', 'hex', 'as_integer_ratio', 'conjugate']:
    show('float.' + name, lambda: getattr(1.5, name)(2))
show('complex.conjugate', lambda: (1j).conjugate(1))
s = {1, 2}
for name in ['copy', 'clear', 'pop']:
    show('set.' + name, lambda: getattr(s, name)(1))
show('set unchanged', lambda: s)
show('frozenset.copy', lambda: frozenset().copy(1))
show('memoryview.tolist', lambda: memoryview(b'ab').tolist(1))
show('memoryview.release', lambda: memoryview(b'ab').release(1))
show('slot __len__', lambda: [].__len__(1))
show('slot __iter__', lambda: [].__iter__(1))
show('slot __repr__', lambda: (1).__repr__(1))
show('slot __index__', lambda: (1).__index__(1))
show('slot __neg__', lambda: (1.5).__neg__(1))
show('slot __hash__', lambda: 'x'.__hash__(1))
show('slot kw', lambda: (1).__index__(a=1))
show('__reversed__', lambda: [].__reversed__(1))
show('__trunc__', lambda: (1).__trunc__(1))
show('__floor__', lambda: (1.5).__floor__(1))
show('__ceil__', lambda: (1.5).__ceil__(1))
show('__getnewargs__', lambda: 'a'.__getnewargs__(1))
show('range.__reversed__', lambda: range(3).__reversed__(1))
show('one-arg methods', lambda: [].append())
show('one-arg too many', lambda: [].append(1, 2))
show('insert arity', lambda: [].insert(1))
show('pop arity', lambda: [].pop(1, 2))
show('dict.get arity', lambda: {}.get())
show('str.join arity', lambda: ''.join())
show('str.center arity', lambda: 'a'.center())
show('range.count arity', lambda: range(3).count())
show('float.fromhex arity', lambda: float.fromhex())
show('int.to_bytes arity', lambda: (1).to_bytes(1, 2, 3, 4))
show('int.from_bytes arity', lambda: int.from_bytes(b'', 'big', 3))
show('ok calls still work', lambda: (d.keys(), [1, 2].copy(), 'a'.upper(), (5).bit_length(), {1}.copy(), (2.0).is_integer()))
bound = d.values
show('bound call ok', lambda: list(bound()))
show('bound call extra', lambda: bound(1))
show('descriptor call ok', lambda: str.upper('x'))
show('descriptor call extra', lambda: str.upper('x', 1))
