# Walking __traceback__: tb_next, tb_lineno, tb_frame.f_code, with_traceback.
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)

def catches_and_reraises():
    try:
        level3()
    except ValueError as e:
        raise KeyError("wrapped") from e
try:
    catches_and_reraises()
except KeyError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    cause_names = []
    tb = e.__cause__.__traceback__
    while tb:
        cause_names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names, cause_names)

e = RuntimeError("manual")
print(e.__traceback__)
try:
    raise e
except RuntimeError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_next)

def get_tb():
    try:
        raise IndexError
    except IndexError as exc:
        return exc.__traceback__
t = get_tb()
fresh = ValueError("with tb").with_traceback(t)
print(fresh.__traceback__ is t, type(t).__name__)
try:
    raise fresh
except ValueError as again:
    tb = again.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next is t)

try:
    ValueError().with_traceback("not a traceback")
except TypeError as err:
    print("TypeError:", err)

try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
e.__traceback__ = None
print(e.__traceback__)

def gen():
    yield 1
    raise LookupError("in generator")
try:
    for _ in gen():
        pass
except LookupError as err:
    tb = err.__traceback__
    chain = []
    while tb:
        chain.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(chain)

import sys
try:
    level1()
except ValueError:
    info = sys.exc_info()
    print(info[0].__name__, info[2] is info[1].__traceback__)
print(sys.exc_info() == (None, None, None))
def lineno_of_raise():
    try:
        x = 1
        raise TypeError
    except TypeError as e:
        return e.__traceback__.tb_lineno - lineno_of_raise.__code__.co_firstlineno
print(lineno_of_raise())
