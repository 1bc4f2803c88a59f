# Subclassing builtin types and overriding their dunders.
class Meters(float):
    def __new__(cls, value, label="m"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"{float(self)}{self.label}"

    def __add__(self, other):
        return Meters(float(self) + float(other), self.label)

    __radd__ = __add__


a = Meters(1.5)
print(a, a + 2, 2 + a, a * 2, type(a * 2).__name__, type(a + 1).__name__, isinstance(a, float))
print(sum([Meters(1), Meters(2)]), round(Meters(2.567), 1), int(Meters(3.9)), a == 1.5, a.label)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack([1, 2]).push(3).push(4)
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, type(s + [5]).__name__, s.pop(), s)


class Word(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())

    def __len__(self):
        return len(self.split()) if " " in self else 1

    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    __hash__ = str.__hash__


w = Word("  Hello World ")
print(repr(w), len(w), w.upper(), type(w.upper()).__name__, w == "HELLO WORLD", w + "!", type(w + "!").__name__)
print(w in ["hello world"], "hello world" in [w], sorted([Word("b"), Word("a")]))


class Bits(int):
    def __str__(self):
        return format(self, "b")

    def __and__(self, other):
        return Bits(int(self) & int(other))


b = Bits(12)
print(b, repr(b), b & 10, str(b & 10), b | 1, type(b | 1).__name__, b + 1, f"{b}", f"{b!s}")


class OrderedSet(dict):
    def __init__(self, items=()):
        super().__init__((i, None) for i in items)

    def __repr__(self):
        return "{" + ", ".join(map(repr, self)) + "}"

    def __or__(self, other):
        return OrderedSet([*self, *other])


print(OrderedSet([3, 1, 3, 2]) | OrderedSet([2, 5]), len(OrderedSet("abca")))


class Strict(dict):
    def __setitem__(self, k, v):
        if not isinstance(k, str):
            raise TypeError(f"key must be str, not {type(k).__name__}")
        super().__setitem__(k, v)


st = Strict()
st["a"] = 1
try:
    st[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
st.update({2: "bypasses __setitem__"})
print(st, Strict({3: 4}))


class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)


t = T(1, 2, 3)
print(t, len(t), t[0], type(t).__name__, t == (1, 2, 3), t + (4,))
