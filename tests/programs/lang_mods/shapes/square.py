from ..helpers import greet
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def describe(self):
        return greet("square of side %d" % self.side)
