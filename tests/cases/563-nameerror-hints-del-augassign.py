# NameError hints also come from `del` and augmented assignment; deleting a builtin name finds other candidates, never itself.
import io
value = 1
del valeu
del prnt
del len
del bytes
del io, ioo
valu += 1
lne += 1
del memoryvew
del _
3
del _
