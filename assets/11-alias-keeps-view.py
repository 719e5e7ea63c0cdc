# Lesson 11: a second name keeps the view alive
import io

b = io.BytesIO(b"abc")
view = b.getbuffer()

# `alias` is not a copy: it is the same view object under another name.
alias = view

# Deleting one name leaves the view reachable through the other.
del view
b.close()

# The view still works through the remaining name.
alias[0]

# release() ends the view no matter how many names refer to it.
alias.release()
b.close()
b.closed
