# attr_deep_mro: attribute access through a deep MRO (issue 4's attribute
# benchmark).  A class 16 levels below its root, with two mixins in the
# hierarchy: each work item reads a class attribute and calls a method
# defined at the root, reads a class attribute of a mixin and an instance
# attribute, so every lookup that misses the type cache walks the 20-class MRO.
# Each thread uses its own instance; only the result slots are shared.  A
# fixed total of ITEMS work items is split evenly over the threads.
# Usage: attr_deep_mro.py [THREADS] [ITEMS]; prints a checksum that does not
# depend on the thread count.
from _harness import run

ITEMS = 3000
INNER = 150
MOD = 1000000007


class Root:
    scale = 3

    def base_value(self):
        return self.v * self.scale


class MixinA:
    bonus = 7


class MixinB:
    def extra(self):
        return 2


def make_chain(depth):
    cls = Root
    for d in range(depth):
        bases = (cls,)
        if d == depth // 2:
            bases = (cls, MixinA)
        if d == depth - 1:
            bases = (cls, MixinB)
        cls = type("Level%d" % d, bases, {"level": d})
    return cls


Leaf = make_chain(16)


def work_item(i):
    obj = Leaf()
    obj.v = i % 1000
    total = 0
    for _ in range(INNER):
        total += obj.base_value() + obj.scale + obj.bonus + obj.extra() + obj.level + obj.v
    return total % MOD


run("attr_deep_mro mro %d" % len(Leaf.__mro__), work_item, ITEMS, MOD)
