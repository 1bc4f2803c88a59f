# Argument binding: positional-only, keyword-only, defaults, *args/**kwargs and every TypeError message.
def api(a, b=2, /, c=3, *, d, e=5, **extra):
    return a, b, c, d, e, extra


print(api(1, d=4), api(1, 2, 3, d=4, e=6, f=7), api(1, c=9, d=0, b=8))
calls = [
    "api()",
    "api(1)",
    "api(a=1, d=2)",
    "api(1, 2, 3, 4, d=1)",
    "api(1, d=1, d=2)",
    "api(1, 2, c=3, d=4, c=5)",
    "api(1, 2, 3, c=3, d=4)",
]
for call in calls:
    try:
        print(eval(call))
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)


def only_pos(x, y, /):
    return x + y


def only_kw(*, key):
    return key


def none():
    return None


class K:
    def m(self, v):
        return v

    @classmethod
    def cm(cls, v):
        return v

    @staticmethod
    def sm(v):
        return v


for call in ["only_pos(1, y=2)", "only_pos(1)", "only_pos(1, 2, 3)", "only_kw(1)", "only_kw()",
             "only_kw(key=1, other=2)", "none(1)", "none(x=1)", "K().m()", "K().m(1, 2)", "K.m(1)",
             "K.cm()", "K.sm()", "K().m(v=1, w=2)", "(lambda: 0)(1)", "(lambda *, k: k)()",
             "int(x=1)", "len()", "len(1, 2)", "print(sep=1)", "sorted([], key=1, reverse=1, bad=2)"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "-> TypeError", e)


def many(a, b, c, d):
    pass


for call in ["many()", "many(1)", "many(1, 2)", "many(1, 2, 3)", "many(1, 2, 3, 4, 5)"]:
    try:
        eval(call)
    except TypeError as e:
        print("TypeError", e)


def defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c


print(defaults(1), defaults(2), defaults.__defaults__, defaults.__kwdefaults__)
print(api.__code__.co_posonlyargcount, api.__code__.co_kwonlyargcount, api.__code__.co_argcount)
for c in ['int(x=1)','float(x=1)','str(x=1)','bool(x=1)','tuple(x=1)','list(x=1)','bytes(x=1)','complex(x=1)','range(x=1)']:
  try: eval(c)
  except TypeError as e: print(c, e)
