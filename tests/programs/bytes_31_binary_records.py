# packing and unpacking fixed binary records with int.to_bytes / from_bytes
def pack(rec):
    ident, temp, name = rec
    raw = name.encode('utf-8')[:10]
    return (ident.to_bytes(4, 'big') + temp.to_bytes(2, 'little', signed=True)
            + len(raw).to_bytes(1, 'big') + raw.ljust(10, b'\0'))

def unpack(buf):
    ident = int.from_bytes(buf[0:4], 'big')
    temp = int.from_bytes(buf[4:6], 'little', signed=True)
    n = buf[6]
    name = bytes(buf[7:7 + n]).decode('utf-8')
    return ident, temp, name

records = [(1, -40, 'arctic'), (70000, 451, 'oven'), (2**32 - 1, -32768, 'min'), (42, 32767, 'café')]
blob = bytearray()
for r in records:
    blob += pack(r)
print(len(blob), blob[:17].hex(' '), bytes(blob[17:34]).hex())
size = 17
out = [unpack(memoryview(blob)[i:i + size]) for i in range(0, len(blob), size)]
print(out, out == records)
checksum = sum(blob) & 0xFFFF
xor = 0
for b in blob:
    xor ^= b
print(checksum, xor, hex(int.from_bytes(blob[:8], 'little')))
blob[4:6] = (-1).to_bytes(2, 'little', signed=True)
print(unpack(blob[:17]))
mv = memoryview(blob)
print(mv[0], mv[-1], mv[7:13].tobytes(), mv.nbytes, len(mv.cast('B')), mv[:4].hex())
for bad in [(2**32, 0, 'x'), (1, 40000, 'x'), (-1, 0, 'x')]:
    try:
        pack(bad)
    except OverflowError as e:
        print(bad, 'OverflowError', e)
b = bytes(range(0, 256, 17))
print(b, b.hex(), bytes.fromhex(b.hex()) == b, b[::-1][:3], list(b[:4]), b.count(b'\x11'))
print(b'ABC' < b'ABD', bytes(3) == b'\0\0\0', b'%04x|%-4s|' % (255, b'ab'), bytearray(b'x') * 3)
text = 'naïve café ☕'
for enc in ['utf-8', 'utf-16-le', 'latin-1']:
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:8], data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e.reason, e.start, e.end)
print(text.encode('ascii', 'replace'), text.encode('ascii', 'ignore'), text.encode('ascii', 'backslashreplace'))
