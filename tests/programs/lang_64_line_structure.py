# Line structure: continuations, semicolons, tabs, comments, blank lines, long expressions.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,   # comment inside brackets
    2,

    3,
]
print(values)
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("inline if"); print("second statement")
def f(x,
      y=(1,
         2),
      *args):
    return x, y, args
print(f(0))
text = ("one "
        "two "  # comments between parts
        "three")
print(text)
if True:
	print("tab indented block")
	if True:
		print("nested with tabs")
d = {
    "k":
        "v",
}
print(d)
result = (
    1
    + 2
    * 3
)
print(result)
long_call = max(
    1,
    2,
    3,
)
print(long_call)
x = [i
     for i in range(3)
     if i]
print(x)
class  Spaced :
    pass
print(Spaced.__name__)
def   many_spaces  (  a  ,  b  )  :
    return  a  +  b
print(many_spaces( 1 , 2 ))
s = """multi
   line \
continued"""
print(s)
print("semicolon at end");
lambda_line = lambda: \
    "continued lambda"
print(lambda_line())
if (1 and
        2):
    print("paren condition")
assert \
    True
for ch in "ab": print(ch); print(ch * 2)
while False: pass
src = "x = 1\r\ny = x + 1\r\nprint('crlf', y)\r\n"
exec(src)
exec("if 1:\n  a = 1\n  if a:\n        b = 2\n  print('mixed depths', b)\n")
exec("def g():\n    return 'body'\n\n\n\nprint(g())")
print(eval("1 +\\\n2"))
exec("# only a comment")
exec("")
print(compile("\n\n\nx = 5\n", "<blank>", "exec").co_firstlineno)
try:
    exec("x = 1 \\ y")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("if True:\n\tx = 1\n        y = 2\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
