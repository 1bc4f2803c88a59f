# Loop control: for/else, while/else, nested break via flags and functions, primes.


def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    else:
        return None


print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))


def primes(limit):
    found = []
    n = 2
    while n < limit:
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                break
        else:
            found.append(n)
        if found and found[-1] != n and all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


print(primes(60))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps > 1000:
            break
    else:
        return steps
    return None


print({n: collatz(n) for n in range(1, 12)}, max(range(1, 200), key=collatz))

attempts = iter([3, 8, 5, 7])
secret = 7
while True:
    guess = next(attempts)
    if guess == secret:
        print("got it", guess)
        break
    print("too", "low" if guess < secret else "high", guess)

count = 0
while count < 3:
    count += 1
else:
    print("while-else ran", count)

for x in []:
    print("never")
else:
    print("empty for-else ran")

grid = ["#..#", "..#.", "...."]
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#" and r > 0:
            print("first # after row 0 at", (r, c))
            break
    else:
        continue
    break

total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    total += i
print(total, i)

result = []
for i in range(3):
    try:
        if i == 1:
            continue
        result.append(i)
    finally:
        result.append(f"f{i}")
print(result)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
