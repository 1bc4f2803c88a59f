# Exception-heavy control flow: else/finally ordering, raise from, chaining.
log = []


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ParseError(AppError):
    pass


def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        raise ParseError(400, f"not a number: {s!r}") from e
    else:
        log.append(f"parsed {n}")
        return n
    finally:
        log.append(f"finally {s!r}")


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise AppError(500, "division failed")
    finally:
        log.append("div done")


for s in ["12", "x1", " 7 "]:
    try:
        print(parse(s))
    except ParseError as e:
        print(type(e).__name__, e, e.code, type(e.__cause__).__name__, e.__suppress_context__)

try:
    safe_div(1, 0)
except AppError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__)
print(log)


def finally_return():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return f"returned at {i}"
        finally:
            log.append(f"loop finally {i}")
    return "never"


log.clear()
print(finally_return(), log)


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise IndexError("middle") from None
    except IndexError as e:
        return (str(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)


print(nested())


def reraise():
    try:
        {}["missing"]
    except LookupError:
        log.append("caught lookup")
        raise


try:
    reraise()
except KeyError as e:
    print(type(e).__name__, e, log[-1])

errors = [ValueError("v"), TypeError("t"), AppError(1, "a"), ParseError(2, "p"), KeyError("k")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print("builtin", type(e).__name__, e)
    except ParseError as e:
        print("parse", e)
    except AppError as e:
        print("app", e)
    except Exception as e:
        print("other", type(e).__name__, e)

e = None
try:
    raise RuntimeError("gone")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
