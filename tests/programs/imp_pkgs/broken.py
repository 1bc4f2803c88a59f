print("broken: body starts")
X = 1
raise ValueError("broken module")
