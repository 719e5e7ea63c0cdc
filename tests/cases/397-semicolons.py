# Statements separated by `;` are run and echoed one by one, each with its own >>>.
import io; b = io.BytesIO(b"abc"); b.read(1)
b.tell(); b.seek(0); b.read()
x = 1; y = 2; x + y
view = b.getbuffer(); view[0] = 0x41; view.release(); b.getvalue()
b.close(); b.closed;
missing; b.closed
