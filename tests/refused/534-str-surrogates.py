# Lone surrogates from \u escapes: repr escapes them, len counts them, concatenation keeps them.
"\ud800\udfff"
len("\ud800")
"\ud83d" + "\ude00"
["\udc80"]
"a\ud800b"[1]
