# Format mini-language for int: types b/c/d/o/x/X/n/none, sign, #, 0, width, grouping with , and _, alignment incl. =.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, -(2**70)]
specs = ["", "d", "5d", "<6", "^7", ">7", "=+9", "+", "-", " ", "05", "010d", "+010", ",", "_", "_x", "_b", "_o", "#x", "#X", "#o",
         "#b", "08b", "#010x", "*^12,", "x<8", "0=10", ",d", "n", "#_X", "0>6", "e", ".2f", "%", "g", "12.3e", "-^+9"]
for n in nums:
    print(n, [format(n, s) for s in specs])
print(format(65, "c"), format(0x1F40D, "c"), format(10, "^5c"), f"{97:c}{98:c}", format(True, "c"))
bad = ["c+", ",c", "#c", ".2d", ".2x", ",x", ",b", "z", "=s", ",_", "_,", "__", "s", "10.3n", "#,d", "+c", "=c"]
for s in bad:
    try:
        print(s, repr(format(42, s)))
    except ValueError as e:
        print(s, type(e).__name__, e)
for v in [-1, 0x110000]:
    try:
        print(format(v, "c"))
    except (ValueError, OverflowError) as e:
        print(v, type(e).__name__, e)
print(f"{12345:_}", f"{12345678:,}", f"{-0:+}", f"{255:#_b}", f"{2**32:_x}", f"{1234:>+10,}", f"{5:{'>'}{3}}")
print("{:=^10}|{:=<10}|{:=>10}".format(-5, -5, -5), "{:0<5}|{:0^5}".format(-3, 3), f"{-42:010}", f"{-42:=10}")
