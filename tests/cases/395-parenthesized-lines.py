# Parenthesized expressions spanning lines, with comments inside them.
import io
x = (1 +
     2)
x
(b"ab"
 + b"cd")
(
    9223372036854775807  # the largest ssize_t
    + 1
)
b = io.BytesIO((b"one" +
                b"two"))
(b
 .read(3))
b.getvalue(
    )[
    1]
