# Reprs of classes and builtin functions shown at the prompt (no addresses involved).
from io import BytesIO
BytesIO
bytes
bytearray
memoryview
len
print
print(BytesIO, len)
