# Iterator objects: a linked list with a separate iterator class, iter()/next() on builtins, exhausted iterators, errors.
class LinkedList:
    def __init__(self, values):
        self.head = None
        for v in reversed(values):
            self.head = [v, self.head]
    def __iter__(self):
        return LLIter(self.head)
    def __len__(self):
        return sum(1 for _ in self)
    def __str__(self):
        return " -> ".join(str(v) for v in self)
class LLIter:
    def __init__(self, node):
        self.node = node
    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node[0]
        self.node = self.node[1]
        return v
    def __iter__(self):
        return self
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), list(enumerate(ll)), dict(zip(ll, "abcd")))
li = iter([10, 20])
print(next(li), next(li), next(li, None))
si = iter("ab")
print(next(si), list(si), list(si))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
x, y, z, w = LinkedList([9, 8, 7, 6])
print(x, y, z, w, sorted(LinkedList([3, 1, 2])), sum(LinkedList(list(range(100)))))
it = iter(LinkedList(["p", "q"]))
print(next(it), next(it), next(it, "exhausted"), list(it))
