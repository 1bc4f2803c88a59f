# Indices and sizes too large for a machine word: OverflowError / IndexError as CPython reports them.
cases = [
    "[].pop(2**64)",
    "[1, 2].pop(-(2**64))",
    "'abc'[2**64]",
    "'abc'[-(2**64)]",
    "[1][2**63]",
    "(1,)[2**100]",
    "b'ab'[2**64]",
    "bytearray(b'ab')[2**64]",
    "'abc'[2**64:]",
    "'abcdef'[-(2**70):2**70:2]",
    "[1, 2, 3][::2**64]",
    "'abc' * 2**64",
    "[0] * 2**64",
    "b'x' * 2**63",
    "'abc' * (-(2**64))",
    "chr(2**40)",
    "chr(-1)",
    "chr(0x110000)",
    "chr(2**31)",
    "'abc'.find('b', 2**64)",
    "'abc'.find('b', -(2**64))",
    "[1, 2, 3].index(2, 0, 2**64)",
    "[1, 2].insert(2**64, 0)",
    "bytes(2**64)",
    "bytearray(-1)",
    "'x'.center(2**64)",
    "'abc'.split(maxsplit=2**64)",
    "(1 << 2**65)",
    "'ab'.expandtabs(2**64)",

    "[1][True]",
    "int.to_bytes(1, 2**64, 'big')",
]
for src in cases:
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
