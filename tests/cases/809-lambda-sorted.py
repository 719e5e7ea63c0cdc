words = ["bb", "a", "ccc"]
sorted(words, key=lambda w: len(w))
sorted(words, key=len, reverse=True)
max(words, key=lambda w: w[-1])
min([3, 1, 2])
f = lambda: None
f()
f
list(map(lambda b: b + 1, b"ab"))
list(filter(None, [0, 1, [], "x"]))
list(filter(lambda x: x > 1, [1, 2, 3]))
