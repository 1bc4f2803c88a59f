# Annotations on functions, variables, classes and modules; __annotations__ contents.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(sorted((k, v if isinstance(v, str) else v.__name__) for k, v in f.__annotations__.items()))
def g(x, y):
    pass
print(g.__annotations__)
x: int = 5
y: str
print(x, "y" in dir(), sorted(__annotations__))
print(__annotations__["x"].__name__, __annotations__["y"].__name__)
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def __init__(self, x):
        self.x = x
print(sorted(Point.__annotations__), Point.y, Point.label, hasattr(Point, "x"))
print(Point.__annotations__["label"])
class Child(Point):
    z: float
print(Child.__annotations__)
def h() -> None:
    v: int = 3
    w: str
    return v
print(h(), h.__annotations__)
seq: list[int] = [1, 2]
print(__annotations__["seq"])
def complex_ann(a: dict[str, list[int]], b: tuple[int, ...]) -> "Point":
    pass
print(sorted(str(v) for v in complex_ann.__annotations__.values()))
calls = []
def noted(label):
    calls.append(label)
    return label
def evaluated(p: noted("param")) -> noted("ret"):
    pass
print(calls, evaluated.__annotations__)
f.__annotations__["extra"] = 1
print("extra" in f.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
class Empty:
    pass
print("__annotations__" in Empty.__dict__)
obj = Point(1)
obj.attr: int = 7
print(obj.attr)
d = {}
d["k"]: int = 9
print(d)
(paren): int = 3
print("paren" in __annotations__, paren)
def nested():
    inner: int = 1
    return inner
print(nested(), nested.__annotations__)
