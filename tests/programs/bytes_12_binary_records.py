# Binary records by hand with int.to_bytes/from_bytes, bytes concatenation, slicing, hex dumps and checksums.
def pack_record(rid, name, score, flags):
    nb = name.encode("utf-8")
    return rid.to_bytes(4, "big") + len(nb).to_bytes(1, "big") + nb + score.to_bytes(2, "little", signed=True) + bytes([flags])
def unpack_record(buf, off):
    rid = int.from_bytes(buf[off:off + 4], "big")
    n = buf[off + 4]
    name = buf[off + 5:off + 5 + n].decode("utf-8")
    p = off + 5 + n
    score = int.from_bytes(buf[p:p + 2], "little", signed=True)
    flags = buf[p + 2]
    return (rid, name, score, flags), p + 3
records = [(1, "alpha", 100, 0b101), (70000, "bêta", -5, 0xFF), (2**31, "", -32768, 0), (42, "日本", 32767, 16)]
blob = b"".join(pack_record(*r) for r in records)
print(len(blob), blob.hex(" ", 4))
off, out = 0, []
while off < len(blob):
    rec, off = unpack_record(blob, off)
    out.append(rec)
print(out == records, out)
def hexdump(data, width=16):
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{i:08x}  {hexpart:<{width * 3}} |{text}|")
hexdump(blob)
checksum = sum(blob) & 0xFFFF
crc = 0
for b in blob:
    crc ^= b << 8
    for _ in range(8):
        crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
print(checksum, hex(crc), bytes(reversed(blob[:4])), blob[::-1][:4] == bytes(reversed(blob[-4:][::-1]))[::-1] or "x", blob.count(0), blob.find(b"\xff"))
ba = bytearray(blob)
ba[0:4] = (99).to_bytes(4, "big")
print(unpack_record(ba, 0)[0], bytes(ba[:4]), ba.startswith(b"\x00\x00\x00c"), blob.startswith(b"\x00\x00\x00\x01"))
try:
    unpack_record(blob[:7], 0)
except Exception as e:
    print(type(e).__name__, e)
