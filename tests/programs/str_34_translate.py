# str.maketrans / translate
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

t = str.maketrans('abc', 'xyz')
print(sorted(t.items()))
print('aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC'})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L', ord('o'): 0x4f}))
print('hello'.translate([None] * 0))
print('abc'.translate({97: None, 98: None, 99: None}))
show('maketrans unequal', lambda: str.maketrans('abc', 'xy'))
show('maketrans one non-dict', lambda: str.maketrans('abc'))
show('maketrans bad key', lambda: str.maketrans({'ab': 'x'}))
show('maketrans int key', lambda: str.maketrans({1: 'x'}))
show('maketrans bad key type', lambda: str.maketrans({1.5: 'x'}))
show('translate bad value', lambda: 'a'.translate({97: 1.5}))
show('translate big', lambda: 'a'.translate({97: 0x110000}))
show('translate LookupError passes', lambda: 'abc'.translate('XYZ'))
class Upper:
    def __getitem__(self, k):
        if k == ord('q'):
            raise LookupError
        return chr(k).upper()
print('quiz'.translate(Upper()))
print(str.maketrans('', '', 'aeiou') == {97: None, 101: None, 105: None, 111: None, 117: None})
print('programming language'.translate(str.maketrans('', '', 'aeiou')))
