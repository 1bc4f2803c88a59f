def g(b, c):
    return f(a for a in b, c)
