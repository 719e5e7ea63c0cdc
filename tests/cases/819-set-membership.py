x = {1, 2, 2}
len(x)
2 in x, 5 in x, 5 not in x
x == {2, 1}
{1} == {1, 1}
{"a"}
[b for b in {7}]
{[1]}
{b"ab", "ab"} == {"ab", b"ab"}
for c in "abc":
    if c in {"a", "c"}:
        print(c)
