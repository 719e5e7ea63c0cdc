# Trailing comments, comment-only lines and blank lines are not echoed as statements.
import io  # the module
# a full-line comment

b = io.BytesIO(b"abc")  # make a stream
b.read(1)  # read one byte
    # an indented comment line
b.tell()# no space before the hash
"# not a comment"  # but this is
b"#x" # bytes with a hash

b.getvalue()
