# An exception raised inside a generator escapes through the for loop.
def numbers():
    yield 1
    yield 2
    raise LookupError("no more numbers")

for n in numbers():
    print("got", n)
