# str case mapping beyond ASCII: upper/lower/casefold/title/capitalize/swapcase with special casings.
words = ["hello World", "ß", "straße", "ﬁne", "ǅungla", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ı", "ŉ", "Ǆ", "ǈ", "ﬀ", "ΐ", "ᾳ", "Ω",
         "άλφα", "МОСКВА", "ǰ", "ẞ", "a1b2", "o'neil's", "x_y-z", "ΣΣ", "aΣ b", "ᾼ", "123", "", "élan VITAL", "ǉubi"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print("ß".upper() == "SS", "straße".casefold() == "STRASSE".casefold(), len("ﬃ".upper()), "İ".lower(), len("İ".lower()))
print("they're bill's friends".title(), "hello   world\tfoo".title(), "3rd place".title(), "ǳ".title(), "ǆemal".capitalize())
print("ΟΔΟΣ".lower(), "ΟΔΟΣ ΣΑΣ".lower(), "Σ".lower(), "AΣ".lower(), "AΣb".lower(), "AΣ.".lower())
for w in ["abc", "ABC", "Abc", "aBC", "Abc Def", "ABC def", "123", "a1", "A1", "ǅ", "ǅa", "", " ", "ß", "Σ", "ǈa Ǉb"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print(str.upper("x"), str.lower("Y"), "ABC".lower().upper(), "àéîõü".upper(), "ÀÉÎÕÜ".lower(), "ÿ".upper(), "µ".upper(), "ſ".upper())
