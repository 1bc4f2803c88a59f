# str.format: fields, conversions, nesting, attribute/index access, errors
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'

show('auto', lambda: '{} {} {}'.format(1, 'a', 2.5))
show('manual', lambda: '{1} {0} {1}'.format('a', 'b'))
show('keywords', lambda: '{name} is {age}'.format(name='Ann', age=7))
show('attr index', lambda: '{0.x} {0.y[1]} {d[key]} {d[0]}'.format(P(), d={'key': 'v', 0: 'zero'}))
show('conversions', lambda: '{0!r} {0!s} {0!a} {1!r}'.format(P(), 'é'))
show('custom format', lambda: '{0:abc} {0}'.format(P()))
show('nested spec', lambda: '{0:{1}{2}}'.format(3.14159, '>10', '.2f'))
show('nested named', lambda: '{x:{w}.{p}f}'.format(x=2.71828, w=10, p=3))
show('braces', lambda: '{{}} {{{0}}}'.format(5))
show('format_map', lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
show('format_map missing', lambda: '{a} {zz}'.format_map(Default(a=1)))
show('mix auto manual', lambda: '{} {0}'.format(1))
show('mix manual auto', lambda: '{0} {}'.format(1))
show('index error', lambda: '{2}'.format(1, 2))
show('key error', lambda: '{x}'.format(y=1))
show('bad conversion', lambda: '{0!x}'.format(1))
show('single }', lambda: 'a}b'.format())
show('single {', lambda: 'a{b'.format())
show('unclosed', lambda: '{0'.format(1))
show('too deep', lambda: '{0:{1:{2}}}'.format(1, 2, 3))
show('attr missing', lambda: '{0.nope}'.format(1))
show('empty attr', lambda: '{0.}'.format(1))
show('index str', lambda: '{0[a]}'.format({'a': 5}))
show('neg index', lambda: '{0[-1]}'.format([1, 2]))
show('format spec err', lambda: '{0:d}'.format('x'))
show('fstring', lambda: f"{3.5:>8.2f}|{'x'!r:^7}|{10:#06x}|{1e3:g}")
w, p = 12, 4
show('fstring nested', lambda: f"{3.14159265:{w}.{p}}|{'left':<{w}}|")
show('fstring =', lambda: f"{w=} {p = } {w*2=:>5}")
