# str predicates: isidentifier, isprintable, isdigit/isdecimal/isnumeric...
samples = ['abc', 'Abc1', '_x', '1abc', 'a-b', '', ' ', 'ä', 'π', 'x\u0301', '\u00bd', '\u0663', '²',
           '123', '12.5', '\t', 'a b', '\x7f', '\xa0', '\u2028', 'ⅷ', 'A\u0300', 'def', 'None', '𝔘𝔫𝔦']
for s in samples:
    flags = [s.isidentifier(), s.isprintable(), s.isalpha(), s.isalnum(), s.isdigit(),
             s.isdecimal(), s.isnumeric(), s.isspace(), s.isascii(), s.islower(), s.isupper()]
    print(ascii(s).ljust(12), ''.join('1' if f else '.' for f in flags))
import keyword
print([w for w in ['if', 'match', 'print', 'class_', 'True'] if w.isidentifier() and not keyword.iskeyword(w)])
print('\n'.isprintable(), ' '.isprintable(), '\u200b'.isprintable(), '\ud7ff'.isprintable())
