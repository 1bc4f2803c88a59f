# if/elif/else chains, conditional expressions, truthiness in conditions, pass, nested ifs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 42, 1000]])
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizzbuzz(20)))
for v in [0, 1, "", "a", [], [0], None, 0.0, {}, {"k": 0}, (), (0,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
else:
    pass
if not x == 7:
    print("no")
elif x:
    print("elif taken")
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print(sign(10), sign(-3), sign(0))
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(1900), leap(2024))
val = None
result = val if val is not None else "default"
print(result, (lambda q: "yes" if q else "no")(0))
a, b, c = 3, 8, 5
if a > b:
    largest = a if a > c else c
else:
    largest = b if b > c else c
print(largest)
