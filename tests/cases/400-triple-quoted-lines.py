# A triple-quoted bytes literal spanning lines: its lines are echoed after ..., and the newlines are data.
import io
b = io.BytesIO(b"""first
second
third""")
b.readlines()
c = io.BytesIO(b'''a\
b
''' b"tail")
c.getvalue()
len(b'''
''')
