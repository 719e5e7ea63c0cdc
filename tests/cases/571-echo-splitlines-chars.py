# Echo splits statement text like str.splitlines(): form feed, \x1c-\x1e, \x85, U+2028/2029 inside str literals start new "... " lines.
x = "ab"
x
y = "c defgh i"
len(y)
print("pq")
z = "  trailing  "   
w = 1
w
