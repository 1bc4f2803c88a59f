# Common builtin error messages, word for word.
cases = [
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "[][0]", "[1][5]", "(1,)[3]", "'abc'[10]", "{}['k']", "{1: 2}[3]",
    "int('abc')", "int('')", "float('x')", "[].pop()", "[].remove(1)", "{}.popitem()", "'a' + 1", "1 + 'a'",
    "'a' * 'b'", "None + 1", "len(5)", "undefined_name", "None.attr", "'s'.nope", "int.nope", "[1, 2].index(3)",
    "'abc'.index('z')", "(1, 2).index(3)", "iter(5)", "next(iter([]))", "1 < 'a'", "[] < ()", "None < None",
    "{}.fromkeys(1)", "chr(-1)", "ord('ab')", "range(0, 1, 0)", "'x'.join([1])", "'{}'.format()", "'{0} {2}'.format(1, 2)",
    "hash([])", "set().remove(0)", "frozenset().pop", "abs(None)", "int(None)", "list(5)", "tuple(5)", "dict(5)",
    "dict([1])", "(1).bit_length(1)", "'a'.encode('nope')", "b'\\xff'.decode()", "'%d' % 'x'", "'%s %s' % (1,)",
    "'%s' % (1, 2)", "[1, 2, 3][1:2:0]", "object().__setattr__('x', 1)", "type('X', (), {})().x", "().x",
    "(lambda: 0)(1)", "max()", "sorted(1)", "divmod(1, 0)", "pow(0, -1)", "2 ** -1 // 0", "10 ** 1000 * 1.0",
    "float(10 ** 400)", "import_me", "getattr(1, 'x')", "setattr(1, 'x', 2)", "str.upper(5)", "list.append(1, 2)",
    "int.__new__(str)", "object.__new__(int)", "super()", "memoryview(5)", "complex('x')", "bytes('a')",
    "[1, 2] @ [3]", "~'x'", "-[]", "print(**{1: 2})", "(1, 2) + [3]", "'abc'.split('')", "' '.join('a', 'b')",
]
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
