# str repr of non-printable code points: C1 controls, NBSP, soft hyphen, line separators, surrogates, wide chars.
"\x7f\x80\x9f\xa0\xa1\xad"
"\u2028\u2029\u200b\u200e\ufeff\u3000"
"\U0001f600\U000e0001\U0010ffff\U000f0000"
"\u0301a\u0301"
"\x00\x1b\x0b\x0c"
"a\\b", "\'", "\"", "'\""
print("\x7f|\xa0|\u2028|\U0001f600")
["\xa0", "\u2028"]
len("\U0001f600")
"é"[0], "abc"[-1], "\U0001f600"[0]
"\N{BULLET}"
