import sys as _sys_alias
import plainmod
one = 1
two = 2
_private = "no"
__dunder_like = "no"
def func():
    return "func"
