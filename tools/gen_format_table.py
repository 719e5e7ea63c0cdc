#!/usr/bin/env python3
"""Regenerate src/model/format_table.tsv: (kind, value, spec, CPython's format(value, spec)),
tab-separated, '!Type: message' for an error. Run with CPython 3.11."""
import itertools

ints = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 1234567, 65, 10**20, True, False]
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159, 1234567.891, 1e16, 1e-5, 123456789.0, 1e100, 0.0001234, 1e22, 5e-324]
strs = ["", "a", "abc", "héllo", "한국어"]
int_specs = ["", "d", "02x", "08b", ",", "_", "+", "#x", "#X", "#o", "#b", ">8", "^10", "<6", "=8", "=+8",
             "c", "n", "o", "X", "e", "f", "g", "%", ".2f", "010,", "09,", "#010_x", "_b", "_x", " d", "+d",
             "x<10,", "*^9", "0=10,", "s", ".2", "z", ",n", "_c", "+c", "#c", "xx", "07,", "-", "-5", "+#010x",
             "E", "G", ".3e", ".0%", "12,.2f", ",d", "_d", "0", "00", "05", "10", "#", ".", ",_", "__"]
float_specs = ["", ".2f", "e", "g", "%", ",", ".3", ".0f", "#.0f", "#.0e", "#g", "G", "E", "F", "n", ".1%", "010.2f",
               "+.3f", " .1f", "z.1f", "z", ">12", "<12.3g", "^12.3e", "=+12.2f", "010,.2f", "015,.1f", ",.2f", "_.3f",
               ".0e", ".10g", ".1g", ".0g", ".20f", "d", "x", "s", "c", "xx", "10", "-10.4", "+", "#", ".2", ".17g",
               "08.3e", "g<10", "#.3g", ".3g", ".2e", "_", ",g", ",e"]
str_specs = ["", ">8", "<8", "^8", ".3", "*^9.2", "s", "10s", "05", "d", "+", "#", "=5", "z", "x>4", "^", ".0", ",", "_", "xx", "<", "0<4", ">3.1"]

def row(kind, v, spec):
    try:
        out = format(v, spec)
    except Exception as e:
        out = f"!{type(e).__name__}: {e}"
    esc = lambda s: s.replace("\t", "\\t").replace("\n", "\\n")
    val = repr(v) if kind == "float" else str(v)
    return f"{kind}\t{esc(val)}\t{esc(spec)}\t{esc(out)}"

lines = []
for v, spec in itertools.product(ints, int_specs):
    lines.append(row("bool" if isinstance(v, bool) else "int", v, spec))
for v, spec in itertools.product(floats, float_specs):
    lines.append(row("float", v, spec))
for v, spec in itertools.product(strs, str_specs):
    lines.append(row("str", v, spec))
print("\n".join(lines))
