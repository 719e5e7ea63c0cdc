def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
fact(20)
def forever(n):
    return forever(n + 1)
forever(0)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
d > 900
