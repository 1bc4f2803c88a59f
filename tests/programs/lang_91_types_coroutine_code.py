# types.coroutine marks a generator function's code CO_ITERABLE_COROUTINE in place and returns the same function.
import types
def gen():
    yield 1
    return "done"
orig_code = gen.__code__
wrapped = types.coroutine(gen)
print(wrapped is gen, gen.__code__ is orig_code, bool(gen.__code__.co_flags & 0x100), bool(orig_code.co_flags & 0x100))
async def main():
    return await gen()
c = main()
try:
    print(c.send(None))
    c.send(None)
except StopIteration as e:
    print("result", e.value)
def not_gen():
    return 5
w = types.coroutine(not_gen)
print(w is not_gen, w.__name__)
