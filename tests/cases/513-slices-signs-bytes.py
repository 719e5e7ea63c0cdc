# Slices with every sign combination and huge bounds on bytes, bytearray, str, lists and views.
import io
s = b"abcdefgh"
s[2:5], s[-3:], s[:-3], s[-100:100], s[5:2], s[::-1], s[::-3], s[-2:-6:-1], s[6:1:-2]
s[100:], s[:-100], s[99999999999999999999:], s[-99999999999999999999::-1], s[::99999999999999999999], s[::-99999999999999999999]
s[1:7:2], s[7:1:-2], s[-1:-9:-1], s[-1:-10:-1], s[0:0:-1], s[3:3]
ba = bytearray(s)
ba[2:5], ba[-3:], ba[::-2], ba[100:], ba[-100:2], ba[::99999999999999999999]
t = "abcdefgh"
t[2:5], t[::-1], t[-3::-2], t[100:-100:-1]
l = [1, 2, 3, 4, 5]
l[1:3], l[::-1], l[-2:], l[10:], l[::-2], l[-99999999999999999999:99999999999999999999]
b = io.BytesIO(s)
v = b.getbuffer()
v[2:5].tobytes(), v[-3:].tobytes(), v[::-1].tobytes(), v[-2:-6:-1].tobytes(), v[6:1:-2].tobytes()
v[100:].tobytes(), v[:-100].tobytes(), v[99999999999999999999:].tobytes(), v[-99999999999999999999::-1].tobytes()
v[::99999999999999999999].tobytes(), v[::-99999999999999999999].tobytes()
v[1:7:2][::-1].tobytes(), v[::-1][1:3].tobytes(), v[::2][::2].tobytes(), v[::-2][::-2].tolist()
len(v[::3]), v[::3].nbytes, v[5:2].shape, v[::-3].shape
s[::0]
t[::0]
l[::0]
ba[::0]
s[None:None:None], s[None:3], v[None:None:-1].tobytes()
s["a":]
v["a":]
v[:"a"]
s[True:], v[True::True].tobytes()
v.release()
