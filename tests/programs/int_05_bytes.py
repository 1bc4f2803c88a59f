# int.to_bytes / int.from_bytes: byteorder, signed, defaults, overflow errors.
for n in [0, 1, 255, 256, 65535, 2**63, 2**64 - 1, 10**30]:
    print(n, n.to_bytes(16, "big"), n.to_bytes(16, "little").hex())
for n in [-1, -128, -129, 127, -32768, -(2**63)]:
    print(n, n.to_bytes(8, "big", signed=True), n.to_bytes(8, byteorder="little", signed=True))
print((1).to_bytes(), (0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (1024).to_bytes(2))
errs = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(0, "big"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: (1).to_bytes(2, "middle"),
    lambda: (1).to_bytes(2, 5),
    lambda: (1).to_bytes("2"),
    lambda: int.from_bytes(b"\x01", "sideways"),
    lambda: int.from_bytes("abc", "big"),
    lambda: int.from_bytes(5, "big"),
    lambda: int.from_bytes(3.5),
]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for data in [b"", b"\x00", b"\x01\x00", b"\xff", b"\xff\xff", b"\x80\x00", b"\x7f" + b"\xff" * 15, bytes(range(20))]:
    print(data.hex(), int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes((255, 0)))
print(int.from_bytes(memoryview(b"\x00\x10"), byteorder="big"), int.from_bytes(b"\x01\x00"))
print(bool.from_bytes(b"\x00"), bool.from_bytes(b"\x02"), type(bool.from_bytes(b"\x01")).__name__)
for n in [0, 1, -1, 2**200 + 3, -(2**200 + 3), 12345678901234567890]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "little", signed=True)
    print(size, int.from_bytes(b, "little", signed=True) == n)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print(type(e).__name__, e)
