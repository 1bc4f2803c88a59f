# padding, stripping, zfill, expandtabs
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('center', lambda: 'abc'.center(9, '*'))
show('center even', lambda: 'ab'.center(5, '-'))
show('center odd', lambda: 'abc'.center(6, '-'))
show('center small', lambda: 'abcdef'.center(3))
show('ljust', lambda: 'x'.ljust(4, '.'))
show('rjust', lambda: 'x'.rjust(4, '.'))
show('center bad fill', lambda: 'x'.center(4, '..'))
show('center fill int', lambda: 'x'.center(4, 1))
show('center float', lambda: 'x'.center(4.0))
show('zfill', lambda: ['42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), ''.zfill(3), '--1'.zfill(5), '12345'.zfill(3)])
show('strip chars', lambda: 'xxhixyx'.strip('xy'))
show('lstrip', lambda: '  \t hi '.lstrip())
show('rstrip chars', lambda: 'path///'.rstrip('/'))
show('strip None', lambda: ' a '.strip(None))
show('strip int', lambda: ' a '.strip(1))
show('strip unicode ws', lambda: '\u2003\u3000a\x1c\x85'.strip())
show('removeprefix', lambda: ['test_x'.removeprefix('test_'), 'x'.removeprefix('test_'), 'abc'.removeprefix('')])
show('removesuffix', lambda: ['a.py'.removesuffix('.py'), 'a.py'.removesuffix('.txt'), 'abc'.removesuffix('')])
show('removeprefix bad', lambda: 'abc'.removeprefix(None))
show('expandtabs', lambda: 'a\tbc\tdef\tg'.expandtabs())
show('expandtabs 4', lambda: 'a\tbc\tdef\tg'.expandtabs(4))
show('expandtabs 0', lambda: 'a\tb'.expandtabs(0))
show('expandtabs newline', lambda: 'ab\tc\nd\te\r\tf'.expandtabs(3))
show('expandtabs neg', lambda: 'a\tb'.expandtabs(-1))
show('expandtabs kw', lambda: '\t'.expandtabs(tabsize=2))
