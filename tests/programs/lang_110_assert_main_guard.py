# assert messages, __debug__ and the __name__ == "__main__" idiom.
import sys


def check_positive(n):
    assert isinstance(n, int), f"expected int, got {type(n).__name__}"
    assert n > 0, "must be positive"
    return n * 2


def check_all(items):
    results = []
    for it in items:
        try:
            results.append(check_positive(it))
        except AssertionError as e:
            results.append(f"{type(e).__name__}: {e}")
    return results


def check_no_message():
    try:
        assert 1 == 2
    except AssertionError as e:
        return (e.args, str(e), repr(e))


class Validator:
    def __init__(self, rules):
        self.rules = rules

    def __call__(self, record):
        errors = []
        for field, rule, msg in self.rules:
            try:
                assert rule(record.get(field)), msg.format(field=field, value=record.get(field))
            except AssertionError as e:
                errors.append(str(e))
        return errors


def main(argv):
    print(__name__, len(argv) >= 1, __debug__)
    print(check_all([1, 5, -2, "3", 0, 2.5]))
    print(check_no_message())
    v = Validator([
        ("age", lambda a: a is not None and 0 <= a < 150, "{field} out of range: {value}"),
        ("name", lambda n: bool(n), "{field} is empty"),
        ("email", lambda e: e is None or "@" in e, "{field} invalid: {value!r}"),
    ])
    for rec in [{"age": 30, "name": "a"}, {"age": 200, "name": ""}, {"name": "b", "email": "nope"}]:
        print(v(rec))
    try:
        assert False, ("tuple", "message")
    except AssertionError as e:
        print(e.args)
    x = [1]
    assert x, "not reached"
    try:
        assert not x, x
    except AssertionError as e:
        print("payload", e.args[0] is x)
    return 0


def helper_module_name():
    return helper_module_name.__module__, main.__globals__["__name__"]


if __name__ == "__main__":
    code = main(sys.argv)
    print("exit code", code, helper_module_name())
else:
    print("imported")
