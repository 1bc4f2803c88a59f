# Generator objects as a debugger sees them: names, state, frames, gi_yieldfrom, gi_code.
import inspect


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


g = numbers(3)
print(g.__name__, g.__qualname__, g.gi_code is numbers.__code__, g.gi_code.co_name)
print(inspect.getgeneratorstate(g), g.gi_running, g.gi_yieldfrom)
print(next(g), inspect.getgeneratorstate(g), g.gi_frame.f_locals)
print(g.gi_frame.f_lineno - numbers.__code__.co_firstlineno)
print(list(g), inspect.getgeneratorstate(g), g.gi_frame)


def delegator():
    yield from numbers(2)


d = delegator()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
d.close()
print(d.gi_yieldfrom, inspect.getgeneratorstate(d))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, Tree(2, Tree(4)), Tree(3))
w = t.walk()
print(w.__qualname__, list(w))
print(inspect.isgenerator(w), inspect.isgeneratorfunction(Tree.walk), inspect.isgeneratorfunction(len))
gen_exp = (x * x for x in range(3))
print(gen_exp.__name__, inspect.getgeneratorstate(gen_exp), sum(gen_exp))
g2 = numbers(5)
g2.__name__ = "renamed"
print(g2.__name__, repr(g2).startswith("<generator object numbers"))
try:
    g2.__name__ = 5
except TypeError as e:
    print("TypeError", e)
print(type(numbers(1)).__name__, hasattr(g2, "send"), hasattr(g2, "__next__"), iter(g2) is g2)


async def coro_fn():
    return 1


co = coro_fn()
print(inspect.getcoroutinestate(co), inspect.getcoroutinelocals(co))
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value, inspect.getcoroutinestate(co))
g3 = numbers(2)
next(g3)
print(inspect.getgeneratorlocals(g3))
try:
    inspect.getgeneratorlocals([])
except TypeError as e:
    print("TypeError", e)
