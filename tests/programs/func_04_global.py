# global statement, module-level state, shadowing a builtin, NameError for unknown names and for a local read before assignment.
total = 0
calls = []
def add(x):
    global total
    total += x
    calls.append(x)
add(5)
add(10)
print(total, calls)
def reset():
    global total, calls
    total = 0
    calls = []
reset()
print(total, calls)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x + "!"
print(read_global())
def create_global():
    global new_name
    new_name = "created inside"
create_global()
print(new_name)
def counter():
    global count
    try:
        count += 1
    except NameError:
        count = 1
    return count
print(counter(), counter(), counter())
def uses_builtin():
    return len("abc")
len_backup = len
def len(s):
    return 42
print(uses_builtin(), len([1]))
del len
print(uses_builtin(), len([1]))
def bad():
    y = v
    return y
try:
    bad()
except NameError as e:
    print("NameError:", e)
def unbound():
    print(z)
    z = 1
z = 5
try:
    unbound()
except NameError as e:
    print(type(e).__name__ + ":", e)
config = {"debug": False}
def enable():
    config["debug"] = True
enable()
print(config)
def loop_global():
    global i
    for i in range(3):
        pass
loop_global()
print(i)
