import io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\n")
t.write("héllo\n")
t.flush()
b.getvalue()
b.tell()
t.seek(0)
t.read()
t.detach() is b
