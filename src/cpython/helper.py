# bytesio-tui's CPython helper (standard library only, Python 3.10 and newer).
#
# Run as:  python3 -c HELPER SCRIPT.py OPTIONS_JSON   (stdin closed, TZ=UTC)
#
# It runs SCRIPT.py the way the reference transcript harness does (each top-level statement
# compiled in the prompt's "single" mode, one namespace, the prompt's error line, sys.last_*
# kept) and reports, as JSON lines on the process's original stdout (the script's own fd 1
# is pointed at stderr, and sys.stdout is captured per step):
#
#   {"t":"hello","version":"3.11.7","calls":true,"struct":true}
#   {"t":"stmt","i":0,"l":1,"el":1,"echo":">>> import io"}
#   {"t":"new","s":1,"d":"<base64>","n":5}                a BytesIO was made (its bytes)
#   {"t":"call","s":1,"m":"seek","a":["0"],"r":"0","lib":"zipfile","fn":"writestr",
#    "l":3,"e":[[offset,"<base64>",new_size]],"err":null}  a method call on a BytesIO:
#    its argument reprs (a), or for a write its byte count, offset, first bytes in hex
#    (n, at, hx); its result: a repr (r), bytes read (rn, rh), a view's exports (rx)
#   {"t":"step","l":3,"o":"output","s":[[id,size,pos,closed,exports]],
#    "e":[[id,offset,"<base64>",new_size]],"n":[[name,repr,stream]],"v":[...],
#    "end":false,"err":null}                              one executed line of the script
#   (a step may also carry "r": the repr a function returned, the step being that return;
#   "it": [loop line, iteration]; and on a statement's last step "m": true when it has no
#   line of its own, its changes joining the step before)
#   {"t":"exit","code":0} / {"t":"fatal","msg":"..."} / {"t":"done"}
#
# Byte edits are "resize to new_size (zero-filling), then put the bytes at offset". Only the
# ranges that changed are sent: what the traced calls wrote, and (while a stream is
# exported, since a view writes without a call) the blocks that differ from a private copy.

import sys


def _bytesio_tui_helper():
    import _io
    import ast
    import binascii
    import builtins
    import functools
    import gc
    import io
    import json
    import os
    import time
    import traceback
    import weakref

    path = sys.argv[1]
    opts = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    trace_lines = opts.get("lines", True)
    trace_calls = opts.get("calls", True)
    max_lines_stmt = int(opts.get("max_lines_per_statement", 5000))
    max_lines_total = int(opts.get("max_lines", 200000))
    fixed_time = opts.get("time", 1600000000.0)

    # ----- the protocol: the original stdout, kept apart from the script's output -----
    proto_fd = os.dup(1)
    os.dup2(2, 1)
    proto = open(proto_fd, "w", encoding="utf-8", buffering=1 << 16, closefd=True)
    dumps = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode

    def send(obj):
        proto.write(dumps(obj))
        proto.write("\n")

    # Flushing every message costs a wake-up of the reader each time: flush at most every
    # 20 ms (and before the process can end: os._exit, a crash leaves faulthandler's trace).
    monotonic = time.monotonic
    last_flush = [0.0]

    def flush_soon():
        now = monotonic()
        if now - last_flush[0] >= 0.02:
            last_flush[0] = now
            proto.flush()

    real_exit = os._exit

    def _exit(code):
        try:
            proto.flush()
        except Exception:
            pass
        real_exit(code)

    os._exit = _exit
    try:
        import faulthandler

        faulthandler.enable()
    except Exception:
        pass

    def b64(data):
        return binascii.b2a_base64(data, newline=False).decode("ascii")

    OrigBytesIO = _io.BytesIO

    # ----- a fixed clock, so zip and gzip headers are the same on every run -----
    if fixed_time is not None:
        fixed = float(fixed_time)
        real_localtime, real_gmtime = time.localtime, time.gmtime

        def fake_time():
            return fixed

        def fake_time_ns():
            return int(fixed * 1_000_000_000)

        def fake_localtime(secs=None):
            return real_localtime(fixed if secs is None else secs)

        def fake_gmtime(secs=None):
            return real_gmtime(fixed if secs is None else secs)

        time.time, time.time_ns = fake_time, fake_time_ns
        time.localtime, time.gmtime = fake_localtime, fake_gmtime
    if hasattr(time, "tzset"):
        time.tzset()

    # ----- reading a BytesIO's C struct (no side effects), calibrated on a probe -----
    try:
        import ctypes
    except Exception:  # pragma: no cover - ctypes missing
        ctypes = None

    layout = None  # (buf, pos, size, exports) offsets, and the bytes data offset
    if ctypes is not None:
        try:
            word = ctypes.c_ssize_t
            nwords = OrigBytesIO.__basicsize__ // ctypes.sizeof(word)
            data_off = bytes.__basicsize__ - 1

            def words(o):
                return [word.from_address(id(o) + 8 * i).value for i in range(nwords)]

            probe_data = b"calibrate-probe!"
            probe = OrigBytesIO(probe_data)
            probe.seek(3)
            w1 = words(probe)
            probe.seek(7)
            probe.write(b"??????????????")  # size 21, pos 21
            w2 = words(probe)
            pos_i = [i for i in range(nwords) if w1[i] == 3 and w2[i] == 21]
            size_i = [i for i in range(nwords) if w1[i] == 16 and w2[i] == 21]
            pos_i = [i for i in pos_i if i not in size_i]
            v1 = probe.getbuffer()
            w3 = words(probe)
            v2 = probe.getbuffer()
            w4 = words(probe)
            v1.release()
            v2.release()
            w5 = words(probe)
            exp_i = [
                i for i in range(nwords) if w2[i] == 0 and w3[i] == 1 and w4[i] == 2 and w5[i] == 0
            ]
            want = b"calibr??????????????"
            buf_i = []
            for i in range(nwords):
                p = w2[i]
                if p > 4096 and i not in pos_i + size_i + exp_i:
                    try:
                        if ctypes.string_at(p + data_off, 20) == want[:20] or (
                            ctypes.string_at(p + data_off, 21) == b"calibra" + b"?" * 14
                        ):
                            buf_i.append(i)
                    except Exception:
                        pass
            if len(pos_i) == 1 and len(size_i) == 1 and len(exp_i) == 1 and len(buf_i) == 1:
                layout = (8 * buf_i[0], 8 * pos_i[0], 8 * size_i[0], 8 * exp_i[0], data_off)
            del probe, v1, v2
        except Exception:
            layout = None

    orig = {}
    for name in dir(OrigBytesIO):
        orig[name] = getattr(OrigBytesIO, name)
    o_tell, o_seek, o_truncate = orig["tell"], orig["seek"], orig["truncate"]
    o_getvalue = orig["getvalue"]
    closed_get = OrigBytesIO.closed.__get__

    if layout is not None:
        L_BUF, L_POS, L_SIZE, L_EXP, L_DATA = layout
        c_word, c_string_at = ctypes.c_ssize_t, ctypes.string_at

        def state(b):
            base = id(b)
            buf = c_word.from_address(base + L_BUF).value
            return (
                c_word.from_address(base + L_SIZE).value,
                c_word.from_address(base + L_POS).value,
                buf == 0,
                c_word.from_address(base + L_EXP).value,
            )

        def read_bytes(b, off, n):
            if n <= 0:
                return b""
            buf = c_word.from_address(id(b) + L_BUF).value
            if buf == 0:
                return b""
            size = c_word.from_address(id(b) + L_SIZE).value
            n = max(0, min(n, size - off))
            return c_string_at(buf + L_DATA + off, n) if n else b""

    else:

        def state(b):
            if closed_get(b):
                return (0, 0, True, 0)
            pos = o_tell(b)
            size = o_seek(b, 0, 2)
            o_seek(b, pos)
            try:
                o_truncate(b, sys.maxsize)
                exports = 0
            except BufferError:
                exports = 1
            return (size, pos, False, exports)

        def read_bytes(b, off, n):
            if n <= 0 or closed_get(b):
                return b""
            value = o_getvalue(b)
            out = value[off : off + n]
            del value
            return out

    # ----- the streams: every BytesIO the script (or a library) makes -----
    streams = {}  # id(obj) -> Info
    next_sid = [0]
    cur_line = [0]
    active = [False]
    depth = [0]
    source_lines = []

    class Info:
        __slots__ = ("sid", "ref", "shadow", "last", "__weakref__")

    def forget(key):
        def cb(_ref):
            streams.pop(key, None)

        return cb

    def register(b):
        key = id(b)
        info = streams.get(key)
        if info is not None and info.ref() is b:
            return info
        next_sid[0] += 1
        info = Info()
        info.sid = next_sid[0]
        info.ref = weakref.ref(b, forget(key))
        info.shadow = None
        info.last = None
        streams[key] = info
        size = state(b)[0]
        send({"t": "new", "s": info.sid, "d": b64(read_bytes(b, 0, size)), "n": size})
        return info

    # ----- who made a call: the library (module and function), or the script -----
    def caller(name):
        """(library module, function, None) or (None, None, line) for the script's own call.
        A call from C code (a TextIOWrapper flushing, say) looks like one from the frame that
        called that C code: a script line that does not name the method is taken for one."""
        f = sys._getframe(3)
        code = f.f_code
        if code.co_filename == path:
            line = f.f_lineno
            text = source_lines[line - 1] if 0 < line <= len(source_lines) else ""
            if name.strip("_") not in text:
                return "C code", None, line
            return None, None, line
        mod = f.f_globals.get("__name__", "?")
        return mod, code.co_name, None

    def short(value, limit=60):
        try:
            t = type(value)
            if value is None or issubclass(t, (bool, int, float)):
                text = repr(value)
            elif issubclass(t, (bytes, bytearray)):
                text = repr(bytes(value[:limit]))
                if len(value) > limit:
                    text += "…"
                if issubclass(t, bytearray):
                    text = "bytearray(" + text + ")"
            elif issubclass(t, str):
                text = repr(value[:limit]) + ("…" if len(value) > limit else "")
            elif issubclass(t, memoryview):
                text = repr(value)
            elif issubclass(t, OrigBytesIO):
                text = "<_io.BytesIO object at 0x%x>" % id(value)
            elif issubclass(t, (list, tuple)) and type(value) in (list, tuple):
                parts = [short(v, 20) for v in value[:6]]
                if len(value) > 6:
                    parts.append("…")
                if issubclass(t, tuple):
                    text = "(" + ", ".join(parts) + ("," if len(value) == 1 else "") + ")"
                else:
                    text = "[" + ", ".join(parts) + "]"
            elif type(value) is dict:
                items = list(value.items())[:4]
                parts = [short(k, 20) + ": " + short(v, 20) for k, v in items]
                if len(value) > 4:
                    parts.append("…")
                text = "{" + ", ".join(parts) + "}"
            elif type(value).__name__ == "module":
                text = type(sys).__repr__(value)
            elif t is type(short):
                text = "<function %s at 0x%x>" % (value.__qualname__, id(value))
            elif issubclass(t, BaseException):
                text = BaseException.__repr__(value)
            elif issubclass(t, type):
                text = "<class '" + value.__qualname__ + "'>"
            else:
                text = "<" + t.__module__ + "." + t.__qualname__ + " object>"
        except Exception:
            text = "<?>"
        if len(text) > 2 * limit + 10:
            text = text[: 2 * limit] + "…"
        return text

    def shown(value, limit):
        """A name's or a return's value, cut as the built-in engine cuts a repr: at `limit`
        characters, the last one `…`."""
        text = short(value, limit)
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        return text

    def hexhead(data, n=8):
        head = " ".join("%02x" % c for c in data[:n])
        return head + (" …" if len(data) > n else "")

    def describe(name, args, kwargs, before, after, result, failed):
        """The call's fields, as data the UI words: the argument reprs (`a`), or for a write
        its byte count, offset and first bytes in hex (`n`, `at`, `hx`); its result, if shown:
        a repr (`r`), bytes read (`rn`, `rh`) or a memoryview's export count (`rx`)."""
        pos_b = before[1]
        out = {}
        if name == "write" and len(args) == 1 and not kwargs:
            data = args[0]
            try:
                with memoryview(data) as m:
                    raw = m.tobytes()[:8]
                    n = m.nbytes
            except Exception:
                return {"a": [short(data, 20)]}
            if not n:
                return {"a": ["b''"]}
            return {"n": n, "at": pos_b, "hx": hexhead(raw)}
        parts = [short(a, 20) for a in args]
        parts += [k + "=" + short(v, 20) for k, v in kwargs.items()]
        out["a"] = parts
        if failed or name in ("write", "writelines", "seek", "truncate", "close", "flush"):
            if name == "writelines" and not failed:
                return {"n": after[1] - pos_b, "at": pos_b}
            return out
        if name in ("read", "read1", "readline", "getvalue") and isinstance(result, bytes):
            out["rn"] = len(result)
            if name != "getvalue" and result:
                out["rh"] = hexhead(result[:8])
        elif name == "getbuffer":
            out["rx"] = after[3]
        else:
            out["r"] = short(result, 30)
        return out

    def call_edits(b, name, before, after):
        size_b, pos_b = before[0], before[1]
        size_a, pos_a = after[0], after[1]
        if name in ("write", "writelines"):
            if pos_a > pos_b:
                return [[pos_b, b64(read_bytes(b, pos_b, pos_a - pos_b)), size_a]]
            return []
        if name == "truncate":
            if size_a < size_b:
                return [[size_a, "", size_a]]
            return []
        if name in ("__setstate__", "__init__") or size_a != size_b:
            return [[0, b64(read_bytes(b, 0, size_a)), size_a]]
        return []

    def record(b, info, name, args, kwargs, before, result, error):
        after = state(b)
        lib, fn, uline = caller(name)
        edits = call_edits(b, name, before, after)
        if name == "getbuffer" and info.shadow is None and error is None:
            # A view can write without a call: compare from here on.
            info.shadow = read_bytes(b, 0, after[0])
        try:
            fields = describe(name, args, kwargs, before, after, result, error is not None)
        except Exception:
            fields = {"a": ["…"]}
        msg = {
            "t": "call",
            "s": info.sid,
            "m": name,
            "lib": lib,
            "fn": fn,
            "l": uline if uline is not None else cur_line[0],
            "e": edits,
            "st": list(after),
            "err": error,
        }
        msg.update(fields)
        send(msg)

    def err_line(exc):
        try:
            return traceback.format_exception_only(type(exc), exc)[-1].rstrip("\n")
        except Exception:
            return type(exc).__name__

    def make_wrapper(name, method):
        def wrapper(self, *args, **kwargs):
            if depth[0] or not active[0]:
                return method(self, *args, **kwargs)
            info = streams.get(id(self))
            if info is None or info.ref() is not self:
                info = register(self)  # made without __init__ (unpickled, copied)
            depth[0] += 1
            try:
                before = state(self)
                try:
                    result = method(self, *args, **kwargs)
                except BaseException:
                    record(self, info, name, args, kwargs, before, None, err_line(sys.exc_info()[1]))
                    del self, args, kwargs, before, info
                    raise
                record(self, info, name, args, kwargs, before, result, None)
                return result
            finally:
                depth[0] -= 1

        wrapper.__name__ = name
        wrapper.__qualname__ = "BytesIO." + name
        return wrapper

    patched = False
    if trace_calls:
        try:
            o_init = OrigBytesIO.__init__

            def __init__(self, *args, **kwargs):
                info = streams.get(id(self))
                if info is not None and info.ref() is self:
                    # __init__ again on a live stream: its bytes are replaced.
                    before = state(self)
                    o_init(self, *args, **kwargs)
                    record(self, info, "__init__", args, kwargs, before, None, None)
                    return
                try:
                    o_init(self, *args, **kwargs)
                except BaseException:
                    # The traceback keeps this frame: it must not keep the arguments alive.
                    del self, args, kwargs, info
                    raise
                register(self)

            namespace_cls = {"__slots__": (), "__init__": __init__, "__module__": "_io"}
            # Every method, the inherited ones too (fileno): under sys.settrace (3.10, 3.11)
            # CPython calls an inherited C method found on a subclass as a bound method,
            # whose errors name the subclass. The wrappers call the class's own descriptor
            # through functools.partial, which the tracer leaves alone.
            for name in dir(OrigBytesIO):
                if name.startswith("_") and name not in ("__next__", "__setstate__"):
                    continue
                attr = orig[name]
                if type(attr).__name__ in ("method_descriptor", "wrapper_descriptor"):
                    namespace_cls[name] = make_wrapper(name, functools.partial(attr))
            Sub = type("BytesIO", (OrigBytesIO,), namespace_cls)
            Sub.__qualname__ = "BytesIO"
            Sub.__doc__ = OrigBytesIO.__doc__
            if ctypes is not None:
                # Error messages use the C-level tp_name ("object of type '_io.BytesIO' has no
                # len()"): point it at a C string that lives as long as the process.
                name_bytes = b"_io.BytesIO\0"
                malloc = ctypes.pythonapi.PyMem_RawMalloc
                malloc.restype = ctypes.c_void_p
                malloc.argtypes = [ctypes.c_size_t]
                mem = malloc(len(name_bytes))
                if mem:
                    ctypes.memmove(mem, name_bytes, len(name_bytes))
                    tp_name = ctypes.c_void_p.from_address(id(Sub) + 3 * 8)
                    if ctypes.string_at(tp_name.value) == b"BytesIO":
                        tp_name.value = mem
            _io.BytesIO = Sub
            io.BytesIO = Sub
            patched = True
        except Exception as e:
            sys.stderr.write("bytesio-tui helper: cannot watch BytesIO calls: %r\n" % (e,))

    # ----- per-step snapshots -----
    last_names = [None]
    last_views = [None]
    lines_total = [0]
    lines_stmt = [0]
    capture_buf = OrigBytesIO()
    capture = io.TextIOWrapper(capture_buf, encoding="utf-8", errors="strict", write_through=True)
    ns = {"__name__": "__main__"}

    def take_output():
        try:
            capture.flush()
        except Exception:
            pass
        if not o_tell(capture_buf):
            return ""
        raw = o_getvalue(capture_buf)
        o_seek(capture_buf, 0)
        o_truncate(capture_buf, 0)
        return raw.decode("utf-8", "replace")

    def live_streams():
        out = []
        for info in list(streams.values()):
            b = info.ref()
            if b is not None:
                out.append((info, b))
        out.sort(key=lambda p: p[0].sid)
        return out

    BLOCK = 4096

    def compare_edits(info, b, st):
        """Blocks of b that differ from its private copy (only while exported)."""
        size, _pos, closed, exports = st
        out = []
        old = info.shadow
        if closed:
            info.shadow = None
            return out
        cur = read_bytes(b, 0, size)
        info.shadow = cur if exports > 0 else None
        if old is None or old == cur:
            return out
        n = min(len(old), len(cur))
        i = 0
        while i < n:
            j = min(i + BLOCK, n)
            if old[i:j] != cur[i:j]:
                a, z = i, j
                while a < z and old[a] == cur[a]:
                    a += 1
                while z > a and old[z - 1] == cur[z - 1]:
                    z -= 1
                if out and out[-1][1] + len(out[-1][2]) == a:
                    out[-1][2] += cur[a:z]
                else:
                    out.append([info.sid, a, cur[a:z], size])
            i = j
        if len(cur) > len(old):
            if out and out[-1][1] + len(out[-1][2]) == len(old):
                out[-1][2] += cur[len(old) :]
            else:
                out.append([info.sid, len(old), cur[len(old) :], size])
        elif len(cur) < len(old):
            out.append([info.sid, size, b"", size])
        for e in out:
            e[2] = b64(e[2])
        return out

    def roots():
        """(kind, name, value) for everything that keeps objects alive at the prompt."""
        out = []
        for k, v in list(ns.items()):
            if k in ("__builtins__", "__name__"):
                continue
            out.append(("name", k, v))
        u = builtins.__dict__.get("_")
        if u is not None:
            out.append(("_", "_", u))
        e = getattr(sys, "last_value", None)
        seen = 0
        while e is not None and seen < 8:
            obj = getattr(e, "obj", None) if isinstance(e, AttributeError) else None
            if obj is not None:
                out.append(("error", "", obj))
            e = e.__context__
            seen += 1
        return out

    mv_type = memoryview

    def view_info(v, kind, name, direct, found):
        key = id(v)
        if key in found:
            h = [kind, name, direct]
            if h not in found[key]["h"]:
                found[key]["h"].append(h)
            return
        try:
            obj = v.obj
        except ValueError:
            return  # released
        sid = None
        start = 0
        if type(obj).__name__ == "_BytesIOBuffer":
            for r in gc.get_referents(obj):
                info = streams.get(id(r))
                if info is not None and info.ref() is r:
                    sid = info.sid
                    if layout is not None:
                        base = ctypes.c_ssize_t.from_address(id(r) + layout[0]).value
                        start = buf_pointer(v) - (base + layout[4]) if base else 0
                    break
        src = None
        if sid is None:
            if type(obj) not in (bytes, bytearray):
                return
            src = type(obj).__name__
            base = buf_pointer(obj)
            start = buf_pointer(v) - base if base else 0
        mb = gc.get_referents(v)
        fam = id(mb[0]) if mb else id(v)
        shape = v.shape or ()
        strides = v.strides or ()
        found[key] = {
            "id": key,
            "s": sid,
            "src": src,
            "f": fam,
            "start": start,
            "stride": strides[0] if strides else v.itemsize,
            "count": shape[0] if shape else 1,
            "item": v.itemsize,
            "fmt": v.format,
            "nbytes": v.nbytes,
            "ro": v.readonly,
            "h": [[kind, name, direct]],
        }

    if ctypes is not None:

        class PyBuffer(ctypes.Structure):
            _fields_ = [
                ("buf", ctypes.c_void_p),
                ("obj", ctypes.c_void_p),
                ("len", ctypes.c_ssize_t),
                ("itemsize", ctypes.c_ssize_t),
                ("readonly", ctypes.c_int),
                ("ndim", ctypes.c_int),
                ("format", ctypes.c_char_p),
                ("shape", ctypes.c_void_p),
                ("strides", ctypes.c_void_p),
                ("suboffsets", ctypes.c_void_p),
                ("internal", ctypes.c_void_p),
            ]

        get_buffer = ctypes.pythonapi.PyObject_GetBuffer
        get_buffer.argtypes = [ctypes.py_object, ctypes.POINTER(PyBuffer), ctypes.c_int]
        get_buffer.restype = ctypes.c_int
        release_buffer = ctypes.pythonapi.PyBuffer_Release
        release_buffer.argtypes = [ctypes.POINTER(PyBuffer)]
        release_buffer.restype = None

        def buf_pointer(v):
            pb = PyBuffer()
            try:
                if get_buffer(v, ctypes.byref(pb), 0x1C) != 0:
                    return 0
            except Exception:
                return 0
            p = pb.buf or 0
            release_buffer(ctypes.byref(pb))
            return p

    else:

        def buf_pointer(v):
            return 0

    def views():
        found = {}
        for kind, name, v in roots():
            t = type(v)
            if t is mv_type:
                view_info(v, kind, name, True, found)
            elif t in (list, tuple, set, frozenset):
                if len(v) <= 10000:
                    for x in v:
                        if type(x) is mv_type:
                            view_info(x, kind, name, False, found)
            elif t is dict:
                if len(v) <= 10000:
                    for x in v.values():
                        if type(x) is mv_type:
                            view_info(x, kind, name, False, found)
            elif t.__name__ in ("method", "builtin_function_or_method"):
                s = getattr(v, "__self__", None)
                if type(s) is mv_type:
                    view_info(s, kind, name, False, found)
        return list(found.values())

    def names():
        out = []
        for k, v in list(ns.items()):
            if k in ("__builtins__", "__name__"):
                continue
            info = streams.get(id(v))
            sid = info.sid if info is not None and info.ref() is v else None
            out.append([k, shown(v, 40), sid])
            if len(out) >= 300:
                break
        return out

    report = trace_lines or trace_calls

    def step(line, end, error, ret=None, merge=False, it=None):
        msg = {"t": "step", "l": line, "o": take_output()}
        if it is not None:
            msg["it"] = it
        if ret is not None:
            msg["r"] = ret
        if merge:
            msg["m"] = True
        if not report:
            # A transcript only: output and error, no snapshots.
            if end:
                msg["end"] = True
                msg["err"] = error
            send(msg)
            return
        snaps, edits = [], []
        for info, b in live_streams():
            st = state(b)
            snaps.append([info.sid, st[0], st[1], st[2], st[3]])
            if st[3] > 0 or info.shadow is not None:
                edits.extend(compare_edits(info, b, st))
            del b
        msg["s"] = snaps
        if edits:
            msg["e"] = edits
        n = names()
        if n != last_names[0]:
            msg["n"] = n
            last_names[0] = n
        v = views()
        if v != last_views[0]:
            msg["v"] = v
            last_views[0] = v
        if end:
            msg["end"] = True
            msg["err"] = error
        send(msg)

    # ----- line events in the script's own frames -----
    # As the built-in engine steps: a line's step comes when it is done (the next line of its
    # frame begins, or its frame returns), so a line calling a function steps after the
    # function's lines; a function's return is a step of its own (a `return` line is only
    # that step); a `try:` line, a line that raised, and a loop's last header check (the one
    # that leaves a `for` loop) make no step. `running`: [frame, line, raised, loops, iteration,
    # continued] of each frame of the script's running, outermost first (a `with` line exiting its
    # block is kept negated).
    running = []
    # The lines after the first of each statement written over several lines (a compound
    # statement's header only), to its first line.
    continued = {}
    try_lines = set()
    with_ends = {}
    return_lines = set()
    loop_ends = {}
    use_monitoring = trace_lines and hasattr(sys, "monitoring")
    mon = getattr(sys, "monitoring", None)
    TOOL = 0

    def quiet(line, raised, nxt):
        if raised or line in try_lines or line < 0:
            return True
        end = loop_ends.get(line)
        # A `for` leaving its loop: no step (a `while`'s last check is one).
        return end is not None and not end[1] and not (nxt is not None and line < nxt <= end[0])

    def report(line, ret=None, it=None):
        lines_total[0] += 1
        lines_stmt[0] += 1
        active[0] = False
        try:
            step(line, False, None, ret, it=it)
        finally:
            active[0] = True
        flush_soon()

    def budget_left():
        return lines_stmt[0] < max_lines_stmt and lines_total[0] < max_lines_total

    # Frames the built-in engine makes no steps in.
    comprehensions = ("<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>", "<lambda>")

    def on_line(frame, line):
        if frame.f_code.co_name in comprehensions:
            return budget_left()
        # A statement written over several lines is one line to the built-in engine: CPython's
        # events for its other lines (and for its first line again) make no step.
        start = continued.get(line)
        top = running[-1] if running else None
        if top is not None and top[0] is frame and top[1] is not None:
            if start is not None and abs(top[1]) == start:
                top[5] = start
                cur_line[0] = start
                return budget_left()
            if start is None and top[1] == line and top[5] == line:
                top[5] = None
                return budget_left()
        if start is not None:
            line = start
        if top is None or top[0] is not frame:
            i = len(running) - 1
            while i >= 0 and running[i][0] is not frame:
                i -= 1
            if i < 0:
                # Begun on a continuation line (a value evaluated before its target): the
                # first line's event that follows is the same statement.
                running.append([frame, line, False, [], None, start])
                enter_loops(running[-1], line)
                cur_line[0] = line
                return budget_left()
            # Frames above it left without a return event (a generator's yield).
            del running[i + 1 :]
            top = running[-1]
        prev = top[1]
        if prev is not None and not quiet(prev, top[2], line):
            report(prev, it=top[4])
        # A `with` line again after its block: the block exits, with no step of its own
        # (what `__exit__` does shows in the next step). Kept as the line, negated.
        w = with_ends.get(line)
        if w is not None and prev is not None and line < abs(prev) <= w:
            line = -line
        top[1], top[2] = line, False
        top[5] = start
        enter_loops(top, abs(line), prev)
        cur_line[0] = abs(line)
        return budget_left()

    def enter_loops(entry, line, prev=None):
        """The frame's loops as `line` begins, and the innermost one's iteration: a `for`
        counts at its header, a `while` as its body begins (as the built-in engine counts)."""
        loops = entry[3]
        while loops and not (loops[-1][0] <= line <= loops[-1][1]):
            loops.pop()
        # (Not when the header's last check goes on to the `else`: no iteration begins.)
        if (
            loops
            and loops[-1][3]
            and prev is not None
            and abs(prev) == loops[-1][0] != line
            and line <= loops[-1][4]
        ):
            loops[-1][2] += 1
        end = loop_ends.get(line)
        if end is not None:
            if loops and loops[-1][0] == line:
                if not end[1]:
                    loops[-1][2] += 1
            else:
                loops.append([line, end[0], 0 if end[1] else 1, end[1], end[2]])
        entry[4] = [loops[-1][0], loops[-1][2]] if loops else None

    def on_raise(frame):
        for r in reversed(running):
            if r[0] is frame:
                r[2] = True
                return

    def on_return(frame, value, unwinding):
        if not running or running[-1][0] is not frame or len(running) == 1:
            # The statement's own code object: its end is the statement's last step.
            return budget_left()
        _f, line, raised, _loops, it, _cont = running.pop()
        if running:
            cur_line[0] = abs(running[-1][1] or cur_line[0])
        if unwinding or raised or line is None:
            return budget_left()
        exiting_with = line < 0
        line = abs(line)
        if not frame.f_code.co_flags & 1:
            # A class body: its lines, no return.
            if not exiting_with:
                report(line, it=it)
            return budget_left()
        if line not in return_lines and not exiting_with:
            report(line, it=it)
        report(line, shown(value, 60), it=it)
        return budget_left()

    if use_monitoring:
        DISABLE = mon.DISABLE
        E = mon.events

        def mine(code):
            return code.co_filename == path

        def mon_line(code, line):
            if not mine(code):
                return DISABLE
            if not on_line(sys._getframe(1), line):
                mon.set_events(TOOL, 0)
            return None

        def mon_return(code, offset, value):
            if not mine(code):
                return DISABLE
            if not on_return(sys._getframe(1), value, False):
                mon.set_events(TOOL, 0)
            return None

        def mon_raise(code, offset, exc):
            if mine(code):
                on_raise(sys._getframe(1))
            return None

        def mon_unwind(code, offset, exc):
            if mine(code):
                on_return(sys._getframe(1), None, True)
            return None

        try:
            mon.use_tool_id(TOOL, "bytesio-tui")
        except ValueError:
            TOOL = 5
            mon.use_tool_id(TOOL, "bytesio-tui")
        mon.register_callback(TOOL, E.LINE, mon_line)
        mon.register_callback(TOOL, E.PY_RETURN, mon_return)
        mon.register_callback(TOOL, E.RAISE, mon_raise)
        mon.register_callback(TOOL, E.PY_UNWIND, mon_unwind)
        MON_EVENTS = E.LINE | E.PY_RETURN | E.RAISE | E.PY_UNWIND

    def local_trace(frame, event, arg):
        if event == "line":
            ok = on_line(frame, frame.f_lineno)
        elif event == "exception":
            on_raise(frame)
            ok = True
        elif event == "return":
            r = running[-1] if running else None
            unwinding = r is not None and r[0] is frame and r[2]
            # A bare `raise` re-raises with no "exception" event (3.10/3.11 go straight to
            # the unwinding): the frame ends at that instruction, not at a return.
            if not unwinding and arg is None:
                try:
                    unwinding = frame.f_code.co_code[frame.f_lasti] in reraise_ops
                except (IndexError, TypeError):
                    pass
            ok = on_return(frame, arg, unwinding)
        else:
            ok = True
        if not ok:
            sys.settrace(None)
            return None
        return local_trace

    reraise_ops = {
        op for name, op in __import__("opcode").opmap.items() if name in ("RAISE_VARARGS", "RERAISE")
    }

    def global_trace(frame, event, arg):
        if frame.f_code.co_filename == path:
            return local_trace
        return None

    def tracing(on):
        if not trace_lines:
            return
        if use_monitoring:
            mon.set_events(TOOL, MON_EVENTS if on else 0)
        else:
            sys.settrace(global_trace if on else None)

    # ----- the transcript harness's own pieces -----
    def split_lines(source):
        lines, start = [], 0
        i, n = 0, len(source)
        while i < n:
            c = source[i]
            i += 1
            if c == "\r" and i < n and source[i] == "\n":
                i += 1
            if c in "\r\n":
                lines.append(source[start:i])
                start = i
        if start < n:
            lines.append(source[start:])
        return lines

    def segment(lines, node):
        first, last = node.lineno - 1, node.end_lineno - 1
        col, end_col = node.col_offset, node.end_col_offset
        if first == last:
            return lines[first].encode()[col:end_col].decode()
        head = lines[first].encode()
        pad = "".join(c if c in "\f\t" else " " for c in head[:col].decode())
        middle = lines[first + 1 : last]
        return pad + head[col:].decode() + "".join(middle) + lines[last].encode()[:end_col].decode()

    def last_traceback_line(error):
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(type(error), error, error.__traceback__)
            lines = sys.stderr.getvalue().splitlines()
        finally:
            sys.stderr = saved
        if not lines:
            return traceback.format_exception_only(type(error), error)[-1]
        return lines[-1] + "\n"

    # ----- run the script -----
    send(
        {
            "t": "hello",
            "version": "%d.%d.%d" % sys.version_info[:3],
            "calls": patched,
            "struct": layout is not None,
            "lines": trace_lines,
        }
    )
    try:
        source = open(path, encoding="utf-8").read()
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        # As the built-in engine says it: FILE:LINE:COLUMN: SyntaxError: message.
        where = "%s:%d:%d" % (path, e.lineno or 1, e.offset or 1)
        send({"t": "fatal", "msg": "%s: %s: %s\n" % (where, type(e).__name__, e.msg)})
        proto.flush()
        return 1
    except BaseException:
        send({"t": "fatal", "msg": "".join(traceback.format_exc())})
        proto.flush()
        return 1
    source_lines[:] = split_lines(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                last = body[0].lineno - 1
            else:
                last = node.end_lineno or node.lineno
            for n in range(node.lineno + 1, last + 1):
                continued.setdefault(n, node.lineno)
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            try_lines.add(node.lineno)
        elif isinstance(node, ast.Return):
            return_lines.add(node.lineno)
        elif isinstance(node, (ast.For, ast.While, ast.AsyncFor)):
            loop_ends[node.lineno] = (
                node.end_lineno,
                isinstance(node, ast.While),
                max(getattr(n, "end_lineno", 0) or 0 for n in node.body),
            )
        if isinstance(node, (ast.With, ast.AsyncWith)):
            with_ends[node.lineno] = node.end_lineno
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    sys.stdout = capture
    code_ok = 0
    for i, node in enumerate(tree.body):
        text = segment(source_lines, node) or ""
        lines = text.splitlines() or [""]
        echo = "\n".join([">>> " + lines[0].strip()] + ["... " + line for line in lines[1:]])
        send(
            {
                "t": "stmt",
                "i": i,
                "l": node.lineno,
                "el": node.end_lineno,
                "c": node.col_offset,
                "ec": node.end_col_offset,
                "echo": echo,
            }
        )
        flush_soon()
        del running[:]
        cur_line[0] = node.lineno
        lines_stmt[0] = 0
        error_text = None
        raised_at = None
        exit_code = None
        active[0] = True
        try:
            code = compile(ast.Interactive([node]), path, "single")
            tracing(True)
            try:
                exec(code, ns)
            finally:
                tracing(False)
        except Exception as error:
            tracing(False)
            active[0] = False
            error_text = last_traceback_line(error)
            tb = error.__traceback__
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == path:
                    raised_at = tb.tb_lineno
                tb = tb.tb_next
            sys.last_type, sys.last_value = type(error), error
            sys.last_traceback = error.__traceback__
            if sys.version_info >= (3, 12):
                sys.last_exc = error
        except SystemExit as error:
            tracing(False)
            c = error.code
            if c is None:
                exit_code = 0
            elif isinstance(c, int):
                exit_code = c
            else:
                sys.stderr.write(str(c) + "\n")
                exit_code = 1
        except BaseException as error:
            tracing(False)
            sys.__excepthook__(type(error), error, error.__traceback__)
            exit_code = 130 if isinstance(error, KeyboardInterrupt) else 1
        active[0] = False
        last = running[0][1] if running else None
        raised = running[0][2] if running else False
        it = running[0][4] if running else None
        del running[:]
        if error_text is not None or last is None:
            # A statement left by an error leaves no loop running.
            step(raised_at or abs(last or 0) or node.lineno, True, error_text,
                 it=None if error_text is not None else it)
        else:
            # A line that makes no step of its own (a loop's last check) ends the statement
            # with what is left: merged into the step before, or a step at its first line.
            merge = quiet(last, raised, None)
            last = abs(last)
            step(node.lineno if merge else last, True, None, merge=merge,
                 it=None if merge else it)
        flush_soon()
        if exit_code is not None:
            send({"t": "exit", "code": exit_code})
            proto.flush()
            return exit_code
    send({"t": "done"})
    proto.flush()
    return code_ok


_code = _bytesio_tui_helper()
try:
    sys.stdout = sys.__stdout__
    sys.stdout.flush()
except Exception:
    pass
sys.exit(_code)
