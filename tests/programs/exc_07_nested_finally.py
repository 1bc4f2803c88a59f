# Nested try/finally, raising inside except, except returning before finally, finally return swallowing, else in loops.
def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")
print(f6())
def f7():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise TypeError("during handling")
        except TypeError as e:
            return "caught " + str(e)
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except return"
    finally:
        print("f8 finally")
print(f8())
def f9():
    try:
        raise RuntimeError("swallowed")
    finally:
        return "finally return swallows exception"
print(f9())
def f10(n):
    result = []
    while n > 0:
        try:
            n -= 1
            if n == 2:
                raise IndexError("two")
            result.append(n)
        except IndexError:
            result.append("E")
        else:
            result.append("+")
    return result
print(f10(4))
count = 0
def f11():
    global count
    try:
        count += 1
        return count
    finally:
        count += 10
print(f11(), count)
try:
    try:
        raise ValueError("a")
    except TypeError:
        print("not here")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("propagated:", e)
