# complex numbers: construction, repr, arithmetic, errors
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('reprs', lambda: [1j, -1j, 1 + 0j, -0j, 0j, complex(-0.0, -0.0), complex(1, -0.0), 1e20j, 1.5 - 2.25j, complex('inf'), complex(0, float('nan'))])
show('parse', lambda: [complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('1e3j'), complex('2'), complex('1_0+2_0j')])
show('parse bad', lambda: complex('1+2'))
show('parse space', lambda: complex('1 + 2j'))
show('parse empty', lambda: complex(''))
show('two args', lambda: [complex(1, 2), complex(1j, 1j), complex('1', 0) if False else complex(1.5), complex(imag=3)])
show('str and second', lambda: complex('1', 2))
show('second str', lambda: complex(1, '2'))
show('bad type', lambda: complex([]))
show('arith', lambda: [(1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) - 1, 2 * 1j, 1j ** 2, (1 + 1j) ** 0.5])
show('pow int', lambda: [(1 + 1j) ** 8, (2j) ** -1, 0j ** 0, (1 + 2j) ** 3])
show('div zero', lambda: (1 + 1j) / 0)
show('zero pow neg', lambda: 0j ** -1)
show('zero pow complex', lambda: 0j ** 1j)
show('floordiv', lambda: (1 + 1j) // 1)
show('mod', lambda: (1 + 1j) % 1)
show('compare eq', lambda: [1 + 0j == 1, 1j == 1j, 1 + 0j == 1.0, 2j != 2, complex(1, 0) == True])
show('order', lambda: 1j < 2j)
show('abs', lambda: [abs(3 + 4j), abs(-1j), abs(complex(float('inf'), float('nan')))])
show('parts', lambda: [(3 + 4j).real, (3 + 4j).imag, (3 + 4j).conjugate(), (5).imag, (2.5).real])
show('hash', lambda: [hash(1 + 0j) == hash(1), hash(0j), hash(1.5 + 0j) == hash(1.5)])
show('bool', lambda: [bool(0j), bool(-0j), bool(1e-300j)])
show('int of complex', lambda: int(1j))
show('float of complex', lambda: float(1 + 0j))
show('complex of complex subclass', lambda: complex(type('C', (complex,), {})(1, 2)))
class HasComplex:
    def __complex__(self):
        return 4 + 5j
class HasFloat:
    def __float__(self):
        return 2.5
class BadComplex:
    def __complex__(self):
        return 1
show('__complex__', lambda: complex(HasComplex()))
show('__float__', lambda: complex(HasFloat(), HasFloat()))
show('bad __complex__', lambda: complex(BadComplex()))
