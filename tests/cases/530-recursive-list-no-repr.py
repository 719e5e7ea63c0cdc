# A self-containing list, used without printing it: indexing through the cycle and a later display must not crash.
l = [1]
l += [l]
l[1][0]
len(l[1][1])
2
