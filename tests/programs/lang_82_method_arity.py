# Arity errors of builtin methods and functions: CPython does not count self.
cases = [
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].extend(),
    lambda: [].remove(),
    lambda: [].count(),
    lambda: [].pop(1, 2),
    lambda: [].insert(1),
    lambda: [].index(),
    lambda: [].copy(1),
    lambda: [].clear(1),
    lambda: [].reverse(1),
    lambda: list.append([]),
    lambda: {}.get(),
    lambda: {}.pop(),
    lambda: {}.setdefault(),
    lambda: {}.update(1, 2),
    lambda: {}.popitem(1),
    lambda: set().add(),
    lambda: set().discard(),
    lambda: set().remove(),
    lambda: set().pop(1),
    lambda: set().issubset(),
    lambda: set().isdisjoint(),
    lambda: (1,).index(),
    lambda: (1,).count(),
    lambda: "a".split(1, 2, 3),
    lambda: "a".strip(1, 2),
    lambda: "".join(),
    lambda: "".upper(1),
    lambda: "".replace(1),
    lambda: "".startswith(),
    lambda: "".center(),
    lambda: "".format_map(),
    lambda: "".encode(1, 2, 3),
    lambda: (1).bit_length(2),
    lambda: b"".decode(1, 2, 3),
    lambda: bytearray().append(),
    lambda: (1).__add__(),
    lambda: [].__len__(1),
    lambda: (1).__neg__(1),
    lambda: [].__contains__(),
    lambda: isinstance(1),
    lambda: issubclass(1),
    lambda: divmod(1),
    lambda: getattr(1),
    lambda: setattr(1, 2),
    lambda: hasattr(1),
    lambda: delattr(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: sum(),
    lambda: sum(1, 2, 3),
    lambda: pow(1),
    lambda: iter(),
    lambda: next(),
    lambda: filter(),
]
for f in cases:
    try:
        f()
        print("no error")
    except TypeError as e:
        print(e)
# The bound method keeps the owner's name even on a subclass instance.
class L(list):
    pass
try:
    L().append()
except TypeError as e:
    print(e)
m = [].append
try:
    m(1, 2)
except TypeError as e:
    print(e)
