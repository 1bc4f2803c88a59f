# the format-spec mini-language over all builtin types
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

for spec in ['', '10', '<10', '>10', '^10', '*^11', '=+10', '+', '-', ' ', '#x', '#o', '#b', '#X', '010',
             ',', '_', '_x', '_b', ',d', '+,', 'c', 'n', '08.3f', 'e', '.2e', 'g', '.3g', '%', '.1%', '#g', 'E', 'G']:
    for v in [0, 42, -42, 1234567, 3.14159, -0.0, 1e20, 1234.5]:
        try:
            out = format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            out = type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), repr(out))
print(format(True, 'd'), format(True, ''), format(False, '>5'), format(True, '#x'))
print(format(65, 'c'), format(0x1F600, 'c'), format(2**70, ','), format(-2**70, '_x'))
print(format(float('inf'), '+010.2f'), format(float('nan'), '^7'), format(float('-inf'), 'e'))
print(format(1.5, '=+08.2f'), format(-1.5, '08'), format(1e-7, ''), format(1e16, ''), format(123456789.0, ',.2f'))
show('str with d', lambda: format('abc', 'd'))
show('int with s', lambda: format(5, 's'))
show('float with d', lambda: format(1.5, 'd'))
show('str sign', lambda: format('abc', '+'))
show('str =', lambda: format('abc', '=10'))
show('comma and underscore', lambda: format(1, ',_'))
show('comma with s', lambda: format('x', ','))
show('precision int', lambda: format(1, '.2'))
show('c with sign', lambda: format(65, '+c'))
show('c overflow', lambda: format(0x110000, 'c'))
show('bad spec', lambda: format(1, 'zz'))
show('str precision', lambda: format('abcdef', '.3'))
show('str fill align', lambda: format('ab', '~^8.1'))
show('none empty', lambda: format(None, ''))
show('none spec', lambda: format(None, '>5'))
show('list spec', lambda: format([1], 'x'))
show('complex', lambda: [format(1 + 2j, ''), format(1 + 2j, '.2f'), format(-1j, '>12'), format(3 + 0j, 'g')])
show('complex bad', lambda: format(1j, '=10'))
show('huge width', lambda: format(1, '9' * 30))
