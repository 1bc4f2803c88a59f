# UnboundLocalError escaping a nested call.
total = 0
def add(n):
    total += n
    return total
print("start")
add(5)
