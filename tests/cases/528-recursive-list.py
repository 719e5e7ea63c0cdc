# A list that contains itself (via +=) prints as [...]; len and indexing work.
l = [1]
l += [l]
l
print(l)
len(l)
m = [l, (l,)]
m
t = (l, l)
t
l[1][1][0]
