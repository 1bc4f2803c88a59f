# case mapping, including the special Unicode cases
words = ['straße', 'ǅemal', 'ﬁre', 'İstanbul', 'ΣΊΣΥΦΟΣ', 'hello world', "they're bill's", 'ß', 'ŉ', 'ﬃ', 'Ǆ']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase())
    print('  ', len(w.upper()), w.isupper(), w.islower(), w.istitle())
print('ß'.upper(), 'ß'.upper() == 'SS', 'ẞ'.lower(), 'ﬀ'.upper())
print('Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower())
print('hello'.casefold() == 'HELLO'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold())
print('abc123def'.title(), 'a1b2'.title(), "o'neil".title(), 'αβγ δεζ'.title())
print('ǉ'.title(), 'ǉ'.upper(), 'ǈ'.istitle(), 'Ǉ'.istitle())
print('123'.isupper(), 'A1'.isupper(), 'a1'.islower(), ''.istitle(), 'A B'.istitle(), 'AB'.istitle())
print('ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.istitle())
print('mIxEd CaSe'.swapcase(), 'ﬁ'.swapcase(), 'ǅ'.swapcase())
print('i̇'.upper(), len('İ'.lower()), 'İ'.lower() == 'i\u0307')
