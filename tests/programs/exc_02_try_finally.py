# try/except/else/finally ordering, return inside try overridden by finally, break/continue through finally.
def f1():
    try:
        print("f1 try")
        return "from try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        log.append("no error")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(f3(0))
print(f3(1))
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f4())
def f5():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f5())
