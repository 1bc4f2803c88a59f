# str.format with positional/keyword/indexed fields and format specs; str()/repr() of containers and floats.
print("{} {} {}".format("a", 1, 2.5))
print("{2} {1} {0}".format("x", "y", "z"), "{0} {0} {1}".format("r", "s"))
print("{a}-{b}-{a}".format(a=1, b=2), "{0}:{k}".format(9, k="kw"))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("{:*>10}|{:-<10}|{:.^10}|".format(1, 2, 3))
print("{:.2f} {:8.3f} {:+.1f} {:e} {:.3g}".format(3.14159, 2.5, 7.0, 1234.5, 0.00012345))
print("{:d} {:5d} {:<5d}| {:05d} {:,d} {:x} {:#b}".format(1, 22, 333, -4, 10 ** 9, 3054, 5))
print("{!r} {!s} {!r}".format("text", "text", 12))
print("{{}} {{{}}}".format("in"))
args = (1, 2, 3)
kw = {"x": "X", "y": "Y"}
print("{}/{}/{}".format(*args), "{x}{y}{x}".format(**kw))
template = "{name:<8}|{score:>6.1f}|{rank:^5}|"
data = [{"name": "amy", "score": 91.25, "rank": 1}, {"name": "bo", "score": 78.5, "rank": 2}]
for d in data:
    print(template.format(**d))
print(str([1.0, 2.5, -0.0]), repr([1e16, 1e-7]), str((1.5,)), str({1: 0.1}))
print(str(["a", 'b"c', "d'e"]), repr("mixed 'q' \"dq\""))
print(str([[], [[]], ()]), str(((),)), str({}), str([{}]), str(set()))
print(repr(None), repr(True), repr(3), repr(-2.0), repr([None]))
nested = {"list": [1, 2, {"deep": (3, 4)}], "t": (5,), "s": "str"}
print(nested)
print(str(nested) == repr(nested), len(str(nested)))
