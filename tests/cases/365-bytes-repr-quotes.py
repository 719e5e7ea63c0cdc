# bytes repr picks its quote: ' unless the value has ' and no "; every quote combination.
b"plain"
b"'"
b'"'
b"'\""
b"''"
b'""'
b"it's"
b'say "hi"'
b'\'"\''
b"\\'"
b'\\"'
b"'" + b'"'
b""
print(b"'", b'"', b"'\"")
