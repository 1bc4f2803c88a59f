# Sorting: stability, key functions, reverse (stable), multi-level keys via tuples, sort vs sorted, user __lt__.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])))
print(sorted(data, key=lambda t: (-t[1], t[0])))
words = ["pear", "Fig", "apple", "kiwi", "banana", "Date", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: -n), sorted(nums, reverse=True))
print(sorted(nums, key=lambda n: (n % 2, n)), sorted([2.5, 1, True, -0.5, 0]))
lst = nums[:]
ret = lst.sort()
print(ret, lst, nums)
records = [{"name": "x", "score": 70}, {"name": "y", "score": 90}, {"name": "z", "score": 70}]
records.sort(key=lambda r: r["score"], reverse=True)
print([r["name"] for r in records])
records.sort(key=lambda r: r["name"], reverse=True)
records.sort(key=lambda r: r["score"])
print([r["name"] for r in records])
class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank = s[0]
        self.suit = s[1]
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ["Ks", "2h", "Ad", "9c", "Th", "2s"]]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
def bubble(seq):
    a = list(seq)
    n = len(a)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
print(bubble([5, 1, 4, 2, 8]), bubble("python"), bubble([]))
print(sorted([[3, 1], [2], [3], [2, 5], []]), sorted([(1, 2), (1,), (0, 9)]))
print(sorted(range(10), key=lambda i: (i % 3, -i)), sorted("Hello World", key=lambda c: c.lower()))
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
