int[0]
bytes[1:]
range[0]
type(1.5)[0]
import io
io.BytesIO[0]
len[0]
