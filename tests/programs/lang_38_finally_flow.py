# finally with return, break and continue; return value precedence; else clauses.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def order_of_events(log):
    try:
        log.append("try")
        return log.append("return expr") or "value"
    finally:
        log.append("finally")
log = []
print(order_of_events(log), log)

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_continue())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke at %d" % i
print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(continue_in_finally())

def try_else(x):
    out = []
    try:
        out.append(10 // x)
    except ZeroDivisionError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(try_else(2), try_else(0))

def while_else(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        return "else ran"
    return "broken"
print(while_else(3), while_else(20))

def for_else_return():
    for i in []:
        pass
    else:
        return "empty else"
print(for_else_return())

def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")
print(nested_finally())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())

def exception_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        try:
            raise TypeError("from else")
        except TypeError as e:
            return "caught " + str(e)
print(exception_in_else())

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("iteration", count)
print("count", count)
