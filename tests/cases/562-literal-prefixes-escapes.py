# String/bytes literal corners: \u \U \N are not escapes in bytes; u/r/R prefixes on str; raw str backslashes; \x in upper case.
b"\u1234"
b"\U00012345"
b"\N{BULLET}"
len(b"\u00e9")
u"abc"
U"é"
r"\n\t"
R"\x41"
"\x41\X41"
"\101\0\18"
b"\X41"
rb"\N{x}"
"a" "b" 'c'
"""x
y"""
b'''\
z'''
r"\""
