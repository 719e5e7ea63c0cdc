# Error messages of augmented assignment name the in-place operator (`+=`, `-=`, `*=`).
import io
x = 1
x += b"x"
x -= b"x"
x *= None
s = b"ab"
s -= 1
s *= b"x"
s += 1
s += "x"
ba = bytearray(b"ab")
ba += "x"
ba += 1
ba -= 1
ba *= "x"
n = None
n += 1
n *= 2
l = [1]
l += 5
l += b"ab"
l
l *= "x"
t = (1,)
t += (2,)
t
t *= 2
t
t += [3]
v = memoryview(b"a")
v *= 2
v -= v
