import io
b = io.BytesIO(b"abc")
f"pos={b.tell()} size={len(b.getvalue())}"
n = 255
f"{n:02x} {n:>8} {n:,} {n!r} {'s'!r}"
f"{n=}"
f"{b.getvalue()!s}"
x = 3.14159
f"{x:.2f} {x!r}"
w = 6
f"[{n:>{w}}]"
f"{{literal}}"
f"{n:z}"
