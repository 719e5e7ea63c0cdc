# Big results used as arguments and repeat counts: conversion limits apply to the computed value.
import io
b = io.BytesIO(b"abc")
b.seek(9223372036854775807 + 1)
b.seek(9223372036854775807 + 1 - 1)
b.read(2 * 9223372036854775807)
b.read(-2 * 9223372036854775807)
view = b.getbuffer()
view[9223372036854775807 + 1]
view[-9223372036854775808 - 1]
view[0] = 255 + 1
view[0] = 256 - 1
view[0]
b"ab" * 9223372036854775808
b"" * 9223372036854775808
b"ab" * (9223372036854775807 + 1 - 9223372036854775806)
bytes(-9223372036854775809)
view.release()
