# memoryview(bytearray) is writable and shares memory both ways; memoryview(bytes) is read-only.
import io
ba = bytearray(b"abc")
m = memoryview(ba)
m.readonly
m[0] = 0x41
ba
ba[1] = 0x42
m.tobytes()
m[::-1].tolist()
io.BytesIO(m).read()
m2 = memoryview(m)
m2[2] = 0x43
ba
memoryview(memoryview(b"ro")).readonly
memoryview(b"ro")[0:1].readonly
m.release()
m2.tobytes()
m2.release()
ba
