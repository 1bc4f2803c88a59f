# match: capture, wildcard, guards; names are bound only when the whole pattern matches.
def first(x):
    match x:
        case n if n > 10:
            return "big %d" % n
        case n if n < 0:
            return "negative %d" % n
        case _:
            return "other"
print(first(11), first(-3), first(5))

def order(x):
    log = []
    match x:
        case y if log.append("g1") or y == 1:
            log.append("b1")
        case y if log.append("g2") or y == 2:
            log.append("b2")
        case _:
            log.append("default")
    return log
print(order(1), order(2), order(3))

a = "unset"
match [1, 2]:
    case [a, 3]:
        print("no")
    case _:
        print("after failed case, a =", a)
match [5, 6]:
    case [a, b] if b > 100:
        print("no")
    case _:
        print("guard failed after binding, a =", a, "b =", b)
def unbound():
    match (1, 2):
        case (q, 3):
            pass
    try:
        return q
    except NameError as e:
        return "NameError: " + str(e)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unbound())

def loop():
    out = []
    for i in range(8):
        match i % 4:
            case 0:
                continue
            case 3:
                break
            case k:
                out.append(k * 10 + i)
    return out
print(loop())

def ret(v):
    match v:
        case [x]:
            return x
    return "fell"
print(ret([7]), ret([]), ret(7))

match 3:
    case _ if False:
        print("no")
    case x:
        print("capture last", x)
match "s":
    case _:
        print("wildcard only")
def gen(items):
    for it in items:
        match it:
            case [k, v]:
                yield k, v
            case k:
                yield k, None
print(list(gen([[1, 2], 3, (4, 5)])))
def nested(p, q):
    match p:
        case 1:
            match q:
                case 1:
                    return "1/1"
                case _:
                    return "1/_"
        case _:
            return "_"
print(nested(1, 1), nested(1, 2), nested(2, 1))
