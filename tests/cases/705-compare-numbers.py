1 == 1.0
1 == True
0 == False
1.5 == 1.5
1 < 1.5
2 > 1.5
2 ** 53 + 1 == 2.0 ** 53
2 ** 53 == 2.0 ** 53
2 ** 53 + 1 > 2.0 ** 53
10 ** 400 > 1e308
10 ** 400 < float('inf')
-10 ** 400 > float('-inf')
float('nan') == float('nan')
float('nan') != float('nan')
float('nan') < 1
1 <= 1.0
1 >= True
True < 2
3 != 3.0
-0.0 == 0.0
1 < 2 < 3
3 > 2 > 2
1 == 1 == 1.0
1 < 'a'
'a' > 1
1.5 <= None
None < None
None == None
None == 0
1 != 'a'
