# print() of a str holding lone surrogates: the stdout encoder refuses it (UnicodeEncodeError), nothing of that line is printed.
print("a\ud800")
print("ok", "\ud800b")
print("x", end="\udfff")
print("y")
