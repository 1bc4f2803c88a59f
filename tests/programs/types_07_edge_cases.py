# Edge cases of builtin subclasses, generic aliases, unions and mappingproxy.
import types
class P(int): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
tests = [
    lambda: int.__new__(P), lambda: float.__new__(F), lambda: tuple.__new__(T), lambda: str.__new__(S),
    lambda: P.__dict__["__module__"], lambda: types.GenericAlias(), lambda: list[int](),
    lambda: isinstance(1, int | None), lambda: type.__or__(int, 3),
    lambda: type.__ror__(int, None), lambda: types.MappingProxyType(), lambda: types.MappingProxyType({}, {}),
    lambda: F(1.0) + P(2), lambda: P(2) ** F(0.5), lambda: F(2.0) // 0,
    lambda: P(5) // 0, lambda: divmod(F(5.0), P(2)), lambda: round(F(2.5)), lambda: round(P(25), -1),
    lambda: F("nan") == F("nan"), lambda: hash(F(1.0)) == hash(1), lambda: sorted([F(2), P(1), 3.5]),
    lambda: [1, 2, 3][P(1):P(2)], lambda: "ab" * P(2), lambda: P(2) * "ab", lambda: S("a") * P(3),
    lambda: T((1, 2)) * P(2), lambda: bytes(P(3)), lambda: chr(P(65)), lambda: "%s %r %d %.1f" % (P(1), P(2), P(3), F(4.25)),
    lambda: "{} {:>5}".format(F(1.5), P(7)), lambda: int(S("12")), lambda: float(S("1.5")), lambda: complex(F(1.0), P(2)),
    lambda: list(map(P, range(3))), lambda: P(3).__class__, lambda: F(3).__dict__, lambda: setattr(P(1), "__class__", F),
    lambda: setattr(S("x"), "__class__", str), lambda: object.__setattr__(P(1), "__class__", P),
    lambda: list[int] | None, lambda: (list[int] | None).__args__, lambda: dict[str, int] == dict[str, int],
    lambda: repr(type.__dict__["__or__"]), lambda: P.__name__, lambda: vars(P(3)), lambda: max(F(1), F(2)),
    lambda: abs(P(-3)), lambda: -F(2), lambda: ~P(4), lambda: P(4) >> 1, lambda: P(1) < F(1.5) < 2,
    lambda: {P(1), 1, F(1.0)}, lambda: P(10**30) // P(7), lambda: int.from_bytes(b"\x01", "big") + P(1),
    lambda: P.from_bytes(b"\x01", "big"), lambda: type(P.from_bytes(b"\x01", "big")).__name__,
    lambda: F.fromhex("0x1p3"), lambda: isinstance(P(1), int | str), lambda: issubclass(P, int | str),
    lambda: types.SimpleNamespace(x=1).x, lambda: bool(F(0.0)), lambda: bool(P(0)), lambda: P(0) or "falsy",
    lambda: int.__repr__(P(3)), lambda: float.__repr__(F(1.25)), lambda: str.__repr__(S("q")),
    lambda: T.__new__(T, [1]), lambda: tuple.__new__(list), lambda: str.__new__(P),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, type(r).__name__, r if not isinstance(r, types.FunctionType) else "")
    except Exception as e:
        print(i, "EXC", type(e).__name__, e)
