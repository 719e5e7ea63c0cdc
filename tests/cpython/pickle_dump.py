import io
import pickle
b = io.BytesIO()
pickle.dump({"a": [1, 2, 3], "b": b"xyz"}, b)
b.tell()
b.getvalue()[:2]
b.seek(0)
pickle.load(b)
