import io
import wave
b = io.BytesIO()
w = wave.open(b, "wb")
w.setnchannels(1)
w.setsampwidth(2)
w.setframerate(8000)
w.writeframes(b"\x00\x01" * 4)
w.close()
b.getvalue()[:12]
len(b.getvalue())
