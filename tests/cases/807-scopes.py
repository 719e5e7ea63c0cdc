count = 0
def bump():
    global count
    count += 1
    return count
bump()
bump()
count
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
c()
c
def shadow():
    x = 1
    def inner():
        return x
    x = 2
    return inner()
shadow()
def broken():
    print(y_undefined)
broken()
def unbound():
    z = z + 1
unbound()
def reads_global():
    return count
reads_global()
