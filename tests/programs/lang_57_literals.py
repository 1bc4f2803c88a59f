# Literals: numbers of every base, underscores, floats, imaginary, strings and bytes forms.
print(0b1010, 0o17, 0xFF, 0XaB, 1_000_000, 0b_1111_0000, 0x_dead_beef)
print(1e3, 1E-3, 1.5e+2, .5, 5., 1_0.0_1, 0.0, -0.0, 1e308 * 10, 5e-324)
print(3j, 1.5j, 1e2j, 0j, (1+2j).real, (1+2j).imag, type(3j).__name__)
print(123456789012345678901234567890, -2**100, 0o777_777, 0xFFFF_FFFF_FFFF_FFFF + 1)
print(0.1 + 0.2, 1 / 3, 2 ** -1, 10 ** 20, 10.0 ** 20, 1e16, 1e15)
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("1_000"), float("1_0.5"))
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'tab\there', 'new\\nline', "\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(r'raw\n', R"raw\t", r'\'', len(r'\\'), len('\\'))
print("implicit" " concatenation" ' works', ("across"
      " lines"))
print(b'bytes', b"\x00\xff", rb'\d', Rb"\w", B'upper', bytes(3), b'a' b'b')
print('\101\102\103', '\0' == '\x00', len('\0'), '\a\b\f\v'.encode())
print(u'unicode prefix', type(u'').__name__)
print("""line one
line two""".splitlines())
print('''a\
b''')
print(True + True, False * 5, None is None, ... is Ellipsis, type(...).__name__)
print(repr(1e22), repr(1e-7), repr(123.456), repr(1.0), repr(100.0), repr(2.5e-5))
print(hex(255), oct(8), bin(5), hex(-1), format(255, "#010x"))
print(0 == -0, 0.0 == -0.0, 1 == 1.0 == 1 + 0j, 2 ** 0.5)
print(type(1_0).__name__, type(1e0).__name__, isinstance(0x10, int))
for src in ["0_1", "1__0", "0x", "1e", "0b2", "1_", "0o8", "1.e5", "1_.5", "0x_", "00", "0_0", "1if 1else 0"]:
    try:
        print(repr(src), "->", eval(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print({1: "a", 1.0: "b", True: "c"})
print([1, 2, 3,], (1,), (), {}, set(), {1,}, [], [[]], ((),))
print("%s" % (1,), "%r" % ("q",), "%5.2f|%-5d|%05d" % (3.14159, 42, 7))
