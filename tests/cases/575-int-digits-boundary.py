# The 4300-digit str limit is exact and ignores the sign: 10**4300 - 1 (4300 digits) prints, 10**4300 (4301) does not.
a1 = 10
a2 = a1 * a1
a4 = a2 * a2
a8 = a4 * a4
a16 = a8 * a8
a32 = a16 * a16
a64 = a32 * a32
a128 = a64 * a64
a256 = a128 * a128
a512 = a256 * a256
a1024 = a512 * a512
a2048 = a1024 * a1024
a4096 = a2048 * a2048
n = a4096 * a128 * a64 * a8 * a4
n
m = n - 1
-m
print(m - m + 7, -n + n)
k = n * a16
k
