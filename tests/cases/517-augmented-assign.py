# Augmented assignment in place: bytearray (blocked by a live view), list `+=`/`*=` seen through an alias; bytes/int rebind.
import io
x = 1
x += 1
x
x -= 5
x
x *= 99999999999999999999
x
s = b"ab"
t = s
s += b"cd"
s, t
s *= 2
s
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
alias
m = memoryview(ba)
ba += b"x"
ba
ba *= 2
ba += b""
m.release()
ba += memoryview(b"zz")
ba *= 2
alias
l = [1]
l2 = l
l += [2]
l2
l *= 2
l2
b = io.BytesIO(b"q")
v = b.getbuffer()
b.getvalue()
v.release()
