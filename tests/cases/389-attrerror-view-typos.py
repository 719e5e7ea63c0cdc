# AttributeError hints for misspelled memoryview attributes, also on a released view.
import io
view = io.BytesIO(b"abc").getbuffer()
view.tobyte()
view.relaese()
view.tolst()
view.hexx()
view.nbyte
view.readonl
view.shap
view.lenght
view.size
view.Release()
view.read()
view.write(b"x")
view.release()
view.tobyte()
