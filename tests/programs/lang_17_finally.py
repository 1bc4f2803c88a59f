# finally with return/break/continue, ordering, exceptions swallowed by return in finally.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    exc_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_return())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally ran")
for v in gen_finally():
    print("v", v)
    break
print("after break")
def else_clause(fail):
    log = []
    try:
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause(True), else_clause(False))
def ret_override(n):
    try:
        return n * 2
    finally:
        if n > 5:
            return -1
print(ret_override(3), ret_override(10))
