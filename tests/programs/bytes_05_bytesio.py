# io.BytesIO keeps real bytes: read, readline, iteration, write of bytes-like objects, seek past the end.
import io
b = io.BytesIO(b"line1\nline2\r\nlast\xff")
print(b.readline(), b.read(3), b.tell(), b.readlines(), b.read())
b.seek(0)
print(list(b))
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"f")), w.getvalue())
w.seek(1); w.write(b"ZZ"); print(w.getvalue(), w.tell())
w.seek(10); w.write(b"!"); print(w.getvalue())
try:
    w.write("str")
except TypeError as e:
    print(type(e).__name__, e)
with io.BytesIO(b"x\ny") as f:
    print(f.read(1), f.readline(), f.readline(5))
print(f.closed)
