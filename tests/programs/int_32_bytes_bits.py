# to_bytes / from_bytes / bit_length / bit_count / as_integer_ratio
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))

show('to_bytes', lambda: [(1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (255).to_bytes(1, 'big')])
show('to_bytes defaults', lambda: [(5).to_bytes(), (0).to_bytes(0, 'big')])
show('to_bytes signed', lambda: [(-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True)])
show('to_bytes overflow', lambda: (256).to_bytes(1, 'big'))
show('to_bytes signed overflow', lambda: (128).to_bytes(1, 'big', signed=True))
show('to_bytes negative unsigned', lambda: (-1).to_bytes(2, 'big'))
show('to_bytes bad order', lambda: (1).to_bytes(1, 'middle'))
show('to_bytes neg length', lambda: (1).to_bytes(-1, 'big'))
show('to_bytes big', lambda: (2**70).to_bytes(10, 'big').hex())
show('from_bytes', lambda: [int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'')])
show('from_bytes signed', lambda: [int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True)])
show('from_bytes list', lambda: int.from_bytes([1, 2, 3], 'big'))
show('from_bytes bad list', lambda: int.from_bytes([256], 'big'))
show('from_bytes str', lambda: int.from_bytes('ab', 'big'))
show('from_bytes kw', lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little'))
class MyInt(int):
    pass
show('from_bytes subclass', lambda: type(MyInt.from_bytes(b'\x01', 'big')).__name__)
for n in [0, 1, -1, 7, -8, 255, 256, 2**64, -2**64, 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
show('round trip', lambda: all(int.from_bytes(n.to_bytes(20, 'big', signed=True), 'big', signed=True) == n for n in range(-3000, 3000, 7)))
show('bool bits', lambda: (True.bit_length(), True.as_integer_ratio(), True.to_bytes(1, 'big')))
show('int.bit_length arg', lambda: (5).bit_length(1))
show('int.to_bytes many', lambda: (5).to_bytes(1, 'big', True))
show('is_integer missing', lambda: (5).is_integer())
