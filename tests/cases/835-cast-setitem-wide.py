# 8-byte formats: q Q l L n N P, their limits and conversions
import io
b = io.BytesIO(bytes(16))
v = b.getbuffer()
q = v.cast("q")
q[0] = -2**63
q[1] = 2**63 - 1
q.tolist()
q[0] = 2**63
q[0] = -2**63 - 1
Q = v.cast("Q")
Q[0] = 2**64 - 1
Q[0] = 2**64
Q[0] = -1
Q.tolist()
l = v.cast("l")
l[0] = 2**63
L = v.cast("L")
L[1] = -1
L[1] = 5
n = v.cast("n")
n[0] = 2**63
n[0] = -7
N = v.cast("N")
N[1] = -1
N[1] = 2**64 - 2
p = v.cast("P")
p.tolist()
p[0] = -1
p[1] = 2**64 - 1
p.tolist()
p[0] = 2**64
p[0] = -2**63 - 1
p[0] = 1.0
p[0] = "1"
p[0] = False
p.tolist(), b.getvalue()
