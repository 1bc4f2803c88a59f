# A linked list with __iter__, __reversed__, __len__, __getitem__, __eq__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, x):
        self.head = Node(x, self.head)
        self.size += 1
        return self

    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next

    def __reversed__(self):
        return reversed(list(self))

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"


ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], list(reversed(ll)))
print(ll == LinkedList([1, 2, 3]), ll != LinkedList([1, 2]), ll == [1, 2, 3])
print(ll + LinkedList("ab"), ll + [9], 2 in ll, 7 in ll, sum(ll), sorted(ll, reverse=True))
ll.push(0)
print(ll, ll.size, bool(LinkedList()), bool(ll))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(ll)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(ll)
print(next(it), next(it), list(it), list(it))
print(list(zip(ll, ll[1:])), dict(enumerate(ll)), max(ll), min(ll[1:]))
print(LinkedList(range(5))[::2], LinkedList()[:], len(LinkedList("xyz")))
a, b, *rest = ll
print(a, b, rest)
print([x * x for x in ll if x % 2], any(ll), all(ll))
