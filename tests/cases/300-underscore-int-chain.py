# `_` before anything is displayed is a NameError; then each displayed value replaces it.
_
1 + 2
_
_ + 1
_ * 10
_
