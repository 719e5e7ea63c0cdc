# Shadowing builtins with script names, deleting them (the builtin shows again), del of a builtin name.
import io
len = 5
len
len(b"a")
del len
len(b"ab")
del len
del print
bytes = io.BytesIO
bytes(b"x").read()
del bytes
bytes(2)
io = 3
io.BytesIO
del io
io
memoryview = None
memoryview(b"a")
del memoryview
