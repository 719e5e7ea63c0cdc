# Limits: precision too big (format and %), too many digits, and sizes past memory as MemoryError.
format(1.5, ".3000000000f")
format(1.5, ".2147483648")
"%.2147483648f" % 1.5
"%.3000000000s" % "a"
"%.300000000000d" % 1
"%99999999999999999999d" % 1
format("a", ".1000000000000")
format(1, "1000000000000")
"x".zfill(10**12)
b"a".center(10**12)
"a".ljust(10**12, "b")
