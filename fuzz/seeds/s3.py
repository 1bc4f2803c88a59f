import sys, gc, math, weakref
async def f(a, /, b=2, *, c):
    return a + b + c
co = f(1, c=3)
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
b = bytearray(b"abc") + bytes(2); m = memoryview(b)
print(m[1:2].tobytes(), "%s %d %r" % ("s", 3, b), 2 ** 100 // 7, 1.5e3j)
while (n := len(b)) > 2:
    del b[0]
    continue
else:
    print(math.gcd(12, 18), sys.getrecursionlimit(), eval("1+2"))
