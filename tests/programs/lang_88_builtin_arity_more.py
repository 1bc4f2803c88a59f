# Arity errors of builtin methods reached in different ways: bound, unbound through the type, via getattr, on subclasses.
class MyDict(dict):
    pass
class MyStr(str):
    pass
calls = [
    lambda: list.append([], 1, 2),
    lambda: getattr([], "append")(),
    lambda: MyDict().get(),
    lambda: MyDict().setdefault(),
    lambda: MyStr("a").join(),
    lambda: MyStr("a").upper(1),
    lambda: set.add(set()),
    lambda: set().add(1, 2),
    lambda: str.join(""),
    lambda: bytearray().extend(),
    lambda: [].__getitem__.__self__.append(),
    lambda: (lambda m: m())([].extend),
    lambda: list(map([].append, [1], [2])),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
