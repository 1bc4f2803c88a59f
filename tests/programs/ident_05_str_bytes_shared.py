# shared empty/one-character str and bytes objects, identity of str conversions
s = 'hello'
b = b'bytes'
e = ''
print(str() is e, s[:] is s, s[0:5] is s, s[:0] is e, ''.join([]) is e, ''.join([s]) is s)
print(bytes() is b'', b[:] is b, bytes(b) is b, b[:0] is b'')
print(repr(s) is s, format(s) is s, format(s, '') is s, s * 1 is s)
u = 'x'
print(u * 1 is u, u[0] is u, chr(120) is u, 'ab'[1] is 'ab'[1])
class S(str):
    pass
ss = S('q')
print(str(ss) is ss, type(str(ss)).__name__, str(ss) == 'q')
