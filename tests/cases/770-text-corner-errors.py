# Corners found by differential runs: which argument fails first, whole-spec messages, bytes %-format wording, partition's separator object.
format(1, "=%e=5")
format("a", "#9E0")
format(1.5, "6__g")
format(1, "__")
format("a", " ")
format(65, " c")
"%f" % "a"
b"%f" % "a"
b"%i" % "a"
b"%u" % None
"%i" % "a"
"%X" % "a"
"a".split(1, "x")
b"a".split(1, "x")
"a".replace(None, "b")
"a".removeprefix(None)
"a".partition(None)
"a".ljust(3, None)
"a".startswith(None)
b"abc".partition(bytearray(b"b")), b"abc".rpartition(memoryview(b"x")), bytearray(b"abc").partition(b"b")
b"".decode("no-such-codec"), str(b"", "no-such-codec")
b"a".decode("no-such-codec")
"".encode("no-such-codec")
"{0[0]}".format(None)
"{a{}".format(1)
"{0!r".format(1)
"{0!rx}".format(1)
"{0!}}".format(1)
"{0!\x01}".format(1)
"{[}".format([1])
"{0[0]x}".format([1])
"{0.}".format(1)
"{0[]}".format([1])
"{}{".format(1)
"a{}b{}".format(1)
