# NameError hints: script globals are searched before builtins (a worse global match wins); __name__/__builtins__ and the prompt's `_` are candidates.
prnt
prnt_x = 1
prnt
__nam__
__builtin__
__
7
__
x_
lenn = 2
len_
del lenn
len_
abc = 1
abd = 2
abx
del abc
abc = 3
abx
