# Custom exception classes: hierarchy, extra attributes, __str__ override, re-raise, catching by base class.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field + ": " + message)
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return "not found: " + repr(self.key)
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age
for v in [5, -1, "x"]:
    try:
        print("valid", validate(v))
    except ValidationError as e:
        print("ValidationError", e.field, str(e), e.args)
db = {"a": 1}
def lookup(k):
    if k not in db:
        raise NotFound(k)
    return db[k]
for k in ["a", "b"]:
    try:
        print(lookup(k))
    except AppError as e:
        print(type(e).__name__, e, isinstance(e, Exception), isinstance(e, NotFound))
def reraiser():
    try:
        lookup("zz")
    except NotFound:
        print("logging and re-raising")
        raise
try:
    reraiser()
except NotFound as e:
    print("outer got", e.key)
class Empty(Exception):
    pass
try:
    raise Empty
except Empty as e:
    print(repr(str(e)), type(e).__name__, e.args)
try:
    raise Empty("with", "args")
except Exception as e:
    print(str(e), e.args)
errors = []
for i in range(4):
    try:
        if i % 2:
            raise AppError("odd " + str(i))
        raise ValueError("even " + str(i))
    except AppError as e:
        errors.append("App:" + str(e))
    except ValueError as e:
        errors.append("Val:" + str(e))
print(errors)
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__("retry after", attempts)
        self.attempts = attempts
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        print("succeeded after", attempts)
        break
    except Retry as r:
        print("retrying", r.attempts, r.args, str(r))
e = ValidationError("f", "m")
print(isinstance(e, AppError), isinstance(e, ValidationError), type(e).__name__, str(e))
try:
    raise AppError
except AppError as ex:
    print("bare class raise ->", repr(ex))
