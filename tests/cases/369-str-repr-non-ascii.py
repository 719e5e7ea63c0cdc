# Printable non-ASCII text stays as is in str repr; control characters are escaped.
"é"
'café'
"한국어"
'naïve "quoted"'
"\x00\x07\x1b"
"\x7f"
"\x80"
"\xe9"
len("한국어")
print("한국어", "é")
