r = range(10 ** 5000)
len(r)
r
str(r)
range(-10 ** 4300, 0, 10 ** 4301)
