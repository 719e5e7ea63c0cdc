import io
b = io.BytesIO(b"abc")
view = b.getbuffer()
try:
    b.write(b"x")
except BufferError as e:
    print("refused:", e)
    type(e)
    e.args
try:
    b.close()
except (ValueError, BufferError):
    print("caught by a tuple")
else:
    print("not printed")
finally:
    print("finally runs")
view.release()
try:
    b.write(b"!")
except BufferError:
    print("not printed")
else:
    print("else runs when nothing was raised")
try:
    1 / 0
except ZeroDivisionError as err:
    repr(err)
try:
    b.seek("x")
except:
    print("bare except")
try:
    try:
        int("x")
    finally:
        print("inner finally")
except ValueError as e:
    print(e)
e
def f():
    try:
        return "from try"
    finally:
        print("finally before the return")
f()
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise
g()
try:
    raise ValueError("a")
except TypeError:
    pass
