# Arithmetic with bools and big ints: True + True, -True, bool * bytes, int results print as ints.
True + True
True - False
-True
-False
True * 5
True * b"ab"
b"ab" * False
False * 99999999999999999999
b"ab" * -99999999999999999999
-0
--5
- - True
0x0
-0x8000_0000_0000_0000
1 - 99999999999999999999999999999999
(1, True, None, False)
+True
+b"x"
-b"x"
-None
