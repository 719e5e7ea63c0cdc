# Integer literal forms: 00, 0_0, uppercase hex digits, long hex, leading unary operators stacked.
00
0_0
000_0
0XAbC_dEf
0xffffffffffffffffffffffffffffffff
1_2_3
- -1
-(-1)
+-+1
-0x0
(1)
((2))
