#!/usr/bin/env python3
"""Reference transcripts of many scripts in one CPython process.

Usage: many.py SEPARATOR SCRIPT.py...   (or: many.py SEPARATOR @LIST, LIST a file of paths,
one a line)

Each script is run by transcript.py's own main() (so exactly as `transcript.py SCRIPT.py`
runs it), in a fresh namespace, with sys.last_* cleared and the cycle collector run between
scripts, so nothing one script left alive reaches the next (the prompt's `_` is cleared
too). After each script's output the
driver prints a newline, SEPARATOR and a newline: split the output on "\\n" + SEPARATOR +
"\\n" to get one transcript per script (the newline before SEPARATOR is the driver's, so a
transcript that does not end in a newline is kept as it is).

Starting CPython costs far more than running a corpus script; this is what lets the
differential tests run hundreds of scripts per interpreter in a few seconds.
"""
import builtins
import gc
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import transcript  # noqa: E402  (the reference harness, from this folder)


def clear_last():
    """What one script leaves in the interpreter for the next: the prompt's last error
    (sys.last_*) and its last value (builtins._, set by sys.displayhook)."""
    for owner, name in (
        (sys, "last_type"),
        (sys, "last_value"),
        (sys, "last_traceback"),
        (sys, "last_exc"),
        (builtins, "_"),
    ):
        try:
            delattr(owner, name)
        except AttributeError:
            pass


def run_one(path):
    clear_last()
    gc.collect()
    try:
        transcript.main(path)
    except SystemExit:
        # A script that exits stops its transcript there, as its own process would.
        pass
    except BaseException as error:  # KeyboardInterrupt, or the harness failing on it
        sys.stdout.flush()
        sys.stderr.write(f"many.py: {path}: {type(error).__name__}: {error}\n")
    finally:
        try:
            sys.stdout.flush()
        except Exception:
            pass
    clear_last()
    gc.collect()


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: many.py SEPARATOR SCRIPT.py... | many.py SEPARATOR @LIST")
    separator, paths = argv[0], argv[1:]
    if len(paths) == 1 and paths[0].startswith("@"):
        with open(paths[0][1:], encoding="utf-8") as f:
            paths = [line.rstrip("\n") for line in f if line.strip()]
    # transcript.py runs a statement two Python frames below its module (main, then exec);
    # here run_one and main add two more: the same depth is left to the scripts.
    sys.setrecursionlimit(sys.getrecursionlimit() + 2)
    out = sys.stdout
    for path in paths:
        run_one(path)
        # A script may have replaced sys.stdout: the separator goes to the real one.
        sys.stdout = out
        out.write("\n" + separator + "\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
