# float: inf and nan arithmetic, comparisons, and the errors they raise.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), float("-nan"), float("+inf"), float("Infinity"), float("-iNfInItY"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf, inf ** 0, nan ** 0, 1 ** nan, inf ** -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, inf == inf, -inf < inf, inf > 10**400)
print([nan] == [nan], nan in [nan], (lambda x: x == x)(nan))
print(max(1.0, nan), max(nan, 1.0), min(inf, 3), sorted([3.0, -inf, inf, 0.0]))
print(inf // 1, inf % 1 if False else "skip", 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf), math.copysign(1, -0.0))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(1.5))
for expr in ["int(inf)", "int(nan)", "inf // 0", "1.0 / 0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 ** -1",
             "(-1.0) ** 0.5", "10.0 ** 400", "math.sqrt(-1)", "(inf).as_integer_ratio()", "nan.as_integer_ratio()",
             "round(inf)", "round(nan)", "round(inf, 2)", "math.floor(nan)", "inf % 1", "divmod(inf, 1)",
             "2.0 ** 10000", "1e308 * 10", "math.exp(1000)", "float('1e400')", "-float('1e400')"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(inf.is_integer(), nan.is_integer(), (-0.0).is_integer(), inf.hex(), (-inf).hex(), nan.hex())
print(float("inf") * 0.0 != float("inf") * 0.0, 0.0 == -0.0, str(0.0 * -1), math.atan2(0.0, -0.0))
