# The script has an indentation error: IndentationError is reported before anything runs.
print("never printed")
if True:
    x = 1
      y = 2
