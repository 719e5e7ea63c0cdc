//! What each CPython version does differently, as data: a [`Profile`] per version from 3.10
//! to 3.16 (CPython's main branch), made of named switches (each after the CPython change
//! that made it, see shared/docs/versions.md), and, for each stream operation, the ordered
//! checks it makes. The model walks those lists, so "which check wins" has one answer here.
//!
//! The reference is 3.11 (every `.out` of the corpus was made with 3.11.7).

use std::cell::Cell;

/// A CPython version the built-in engine can behave as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Version {
    V310,
    #[default]
    V311,
    V312,
    V313,
    V314,
    V315,
    /// CPython's main branch, the future 3.16.
    V316,
}

impl Version {
    pub const ALL: [Version; 7] = [
        Version::V310,
        Version::V311,
        Version::V312,
        Version::V313,
        Version::V314,
        Version::V315,
        Version::V316,
    ];
    /// The version every `.out` of the corpus was made with.
    pub const REFERENCE: Version = Version::V311;

    pub fn minor(self) -> u8 {
        match self {
            Version::V310 => 10,
            Version::V311 => 11,
            Version::V312 => 12,
            Version::V313 => 13,
            Version::V314 => 14,
            Version::V315 => 15,
            Version::V316 => 16,
        }
    }

    /// `3.12`.
    pub fn name(self) -> String {
        format!("3.{}", self.minor())
    }

    /// `3.12` (also `312`, `3.12.1`: a patch number is accepted and ignored).
    pub fn parse(text: &str) -> Option<Version> {
        let t = text.trim();
        let minor = match t.strip_prefix("3.") {
            Some(rest) => rest.split('.').next()?,
            None => t.strip_prefix('3')?,
        };
        let minor: u8 = minor.parse().ok()?;
        Version::ALL.into_iter().find(|v| v.minor() == minor)
    }

    /// The next version, wrapping from 3.16 to 3.10 (the app's `V` key).
    pub fn next(self) -> Version {
        let i = Version::ALL.iter().position(|v| *v == self).unwrap_or(0);
        Version::ALL[(i + 1) % Version::ALL.len()]
    }

    pub fn profile(self) -> &'static Profile {
        &PROFILES[Version::ALL.iter().position(|v| *v == self).unwrap_or(1)]
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "3.{}", self.minor())
    }
}

/// One check an operation makes before it acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// `ValueError: I/O operation on closed file.`
    Closed,
    /// `BufferError: Existing exports of data: object cannot be re-sized`
    Exports,
    /// The argument's conversion (its type, its buffer, its range).
    Argument,
}

/// The stream operations whose checks differ between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Write,
    Truncate,
    Close,
    /// `__init__` on a live stream.
    Init,
}

/// How `truncate(size)` converts its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeArg {
    /// `_Py_convert_optional_to_ssize_t`: "argument should be integer or None, not 'str'",
    /// `OverflowError: cannot fit 'int' into an index-sized integer`.
    OptionalSsize,
    /// `PyLong_AsLong` after the checks: "'str' object cannot be interpreted as an integer",
    /// `OverflowError: Python int too large to convert to C long`.
    AsLong,
}

/// The named switches of one version: each is one row of versions.md, after its change.
#[derive(Debug)]
pub struct Profile {
    pub version: Version,
    /// 3.12 (the `_io` module's isolation, gh-101819): `getbuffer()`, `fileno()` and
    /// `detach()` take the defining class, and their argument error is Argument Clinic's
    /// `getbuffer() takes no arguments` (versions.md rows 2-3; ran here); and BytesIO, now a
    /// heap type, has (empty) sequence methods, so `x *= "ab"` does not let the str repeat.
    pub io_clinic_noargs: bool,
    /// 3.12 (gh-98254): a NameError whose name is a standard-library module adds
    /// `Did you forget to import 'io'?` (versions.md row 4; ran here).
    pub forgot_import_hint: bool,
    /// 3.13 (gh-107944 and getargs.c's new wording): an unknown keyword is
    /// `f() got an unexpected keyword argument 'k'`, with `. Did you mean 'x'?` when one
    /// is close (versions.md row 1; ran here).
    pub unexpected_keyword: bool,
    /// 3.14 (PR #129844): `bytes.fromhex()` takes bytes-like objects too (row 6).
    pub fromhex_bytes_like: bool,
    /// 3.14 (PR #127756): an odd number of digits is its own ValueError (row 7).
    pub fromhex_odd_digits: bool,
    /// 3.14.3 (gh-143378, PR #143408; 3.13.x backport #143600, not in 3.13.0): `write()`
    /// takes its argument's buffer before the closed and export checks (rows 11-12).
    pub write_argument_first: bool,
    /// 3.15 (the free-threading rework, gh-132551): `truncate()` checks closed and exports
    /// before converting its argument with `PyLong_AsLong` (row 13).
    pub truncate_checks_first: bool,
    /// 3.16 (gh-111331, PR #155383): each export keeps the buffer, so `close()` succeeds
    /// while views live and the views stay usable (rows 8-10).
    pub close_keeps_views: bool,
    /// 3.16 (gh-90533, PR #150917): `BytesIO.peek(size)` (row 14).
    pub bytesio_peek: bool,
    /// 3.16 (gh-157048, PR #157049): `__init__` checks exports before it resets (row 15).
    pub init_checks_exports_first: bool,
    /// 3.11 (bpo-12022, GH-26809): `with` over an object that is no context manager is
    /// `TypeError: 'int' object does not support the context manager protocol`; before,
    /// `AttributeError: __enter__`.
    pub with_protocol_typeerror: bool,
    /// 3.11 (io's module `__getattr__`, kept in 3.10 for the deprecated `io.OpenWrapper`, is gone): an
    /// unknown `io` attribute is `module 'io' has no attribute 'x'`; before, io's
    /// `__getattr__` raised `AttributeError: x` (measured here against 3.10.13).
    pub io_module_no_getattr: bool,
    /// 3.11 (the `CALL` rework: `LOAD_METHOD` also for calls with keywords): a method called with keywords is called through its descriptor, so a C
    /// method's keyword error names its defining class (`str.find()`, `_IOBase.fileno()`);
    /// before, through a bound method: `find()`, `BytesIO.fileno()` (measured here against
    /// 3.10.13).
    pub keyword_method_call_unbound: bool,
    /// 3.11 (gh-95778's limit, worded `(4300 digits)` in 3.11; the 3.10 backport says
    /// `(4300)`; measured here against 3.10.13 and 3.11.7).
    pub digit_limit_says_digits: bool,
    /// 3.11 (measured here against 3.10.13): `string indices must be
    /// integers, not 'tuple'`; before, without the type.
    pub str_index_names_type: bool,
    /// 3.11 (measured here against 3.10.13): `x % 0` of ints is `integer modulo
    /// by zero`; before, `integer division or modulo by zero` as `//` still is.
    pub zero_division_names_op: bool,
    /// 3.11 (bpo-45155): `int.to_bytes()` defaults to `length=1, byteorder='big'`, and
    /// `int.from_bytes()` to `byteorder='big'`.
    pub to_bytes_defaults: bool,
    /// 3.11 (measured here against 3.10.13): `getattr()`/`hasattr()` with a non-str name
    /// say `attribute name must be string, not 'int'`; before, `getattr(): attribute name
    /// must be string` (setattr and delattr already named the type).
    pub attr_name_names_type: bool,
    /// 3.11 (measured here against 3.10.13): `int[1]` is `type 'int' is not
    /// subscriptable`; before, `'type' object is not subscriptable`.
    pub type_subscript_names_class: bool,
    /// 3.11 (measured here against 3.10.13): `cannot access local variable
    /// 'z' where it is not associated with a value`; before, `local variable 'z' referenced
    /// before assignment`.
    pub unbound_local_wording: bool,
    /// 3.11 (PEP 682): the `z` (negative zero coercion) format option; before, `z` was an
    /// unknown type code or an invalid specifier.
    pub format_z_option: bool,
    /// 3.11 (measured here against 3.10.13): an unparsable format spec is `Invalid format
    /// specifier '=%e=5' for object of type 'int'`; before, `Invalid format specifier`.
    pub format_spec_error_names_spec: bool,
    /// 3.12 (gh-100425): `sum()` of floats uses Neumaier's compensated summation.
    pub sum_float_compensated: bool,
    /// 3.12 (gh-101264): slices are hashable, so a dict lookup by a slice is a KeyError.
    pub slice_hashable: bool,
    /// 3.12 (measured here against 3.12.1): `min() iterable argument is empty`;
    /// before, `min() arg is an empty sequence`.
    pub min_max_empty_wording: bool,
    /// 3.12 (gh-100268): `int.is_integer()`.
    pub int_is_integer: bool,
    /// 3.12 (gh-90751): `memoryview.cast('e')`, the half float format.
    pub memoryview_cast_half: bool,
    /// 3.12 (Argument Clinic's `bool` takes any object's truth; measured here against
    /// 3.12.1): `sort(reverse=1.5)` and `reverse=None` are accepted; before, an int was
    /// required.
    pub sort_reverse_truth: bool,
    /// 3.13 (measured here against 3.13.0): `1.0 % 0` is `float modulo by zero`;
    /// before, `float modulo`.
    pub float_modulo_by_zero: bool,
    /// 3.13 (measured here against 3.13.0): `chr(2**100)` is `ValueError: chr() arg not in
    /// range(0x110000)`; before, `OverflowError: Python int too large to convert to C int`.
    pub chr_range_value_error: bool,
    /// 3.13 (measured here against 3.13.0): assigning a non-iterable to any slice says
    /// `must assign iterable to extended slice`; before, a simple slice said `can only
    /// assign an iterable`.
    pub slice_assign_iterable_wording: bool,
    /// 3.13 (Argument Clinic for str/bytes find, count, index, rfind, rindex, gh-117431;
    /// and str.replace's `count` keyword, gh-106487; and int(); measured here against
    /// 3.13.0): `find expected at least 1 argument, got 0`, `replace() takes at least 2
    /// positional arguments (1 given)`, `int expected at most 2 arguments, got 3`.
    pub str_methods_clinic: bool,
    /// 3.13 (bytearray.extend refuses a str before iterating it; measured here against
    /// 3.13.0): `expected iterable of integers; got: 'str'`; before, iterating it failed on
    /// the first item: `'str' object cannot be interpreted as an integer`.
    pub bytearray_extend_str: bool,
    /// How deep `repr()` of nested containers goes before a RecursionError (the C stack
    /// guard, reworked in 3.12 and 3.13: 996 levels on 3.10.13 and 3.11.7, 1495 on 3.12.1,
    /// 9996 on 3.13.0, measured here; later versions are taken as 3.13's).
    pub repr_depth_limit: usize,
}

const fn profile(v: Version) -> Profile {
    let m = match v {
        Version::V310 => 10,
        Version::V311 => 11,
        Version::V312 => 12,
        Version::V313 => 13,
        Version::V314 => 14,
        Version::V315 => 15,
        Version::V316 => 16,
    };
    Profile {
        version: v,
        io_clinic_noargs: m >= 12,
        forgot_import_hint: m >= 12,
        unexpected_keyword: m >= 13,
        fromhex_bytes_like: m >= 14,
        fromhex_odd_digits: m >= 14,
        write_argument_first: m >= 14,
        truncate_checks_first: m >= 15,
        close_keeps_views: m >= 16,
        bytesio_peek: m >= 16,
        init_checks_exports_first: m >= 16,
        with_protocol_typeerror: m >= 11,
        io_module_no_getattr: m >= 11,
        keyword_method_call_unbound: m >= 11,
        digit_limit_says_digits: m >= 11,
        str_index_names_type: m >= 11,
        zero_division_names_op: m >= 11,
        to_bytes_defaults: m >= 11,
        attr_name_names_type: m >= 11,
        type_subscript_names_class: m >= 11,
        unbound_local_wording: m >= 11,
        format_z_option: m >= 11,
        format_spec_error_names_spec: m >= 11,
        sum_float_compensated: m >= 12,
        slice_hashable: m >= 12,
        min_max_empty_wording: m >= 12,
        int_is_integer: m >= 12,
        memoryview_cast_half: m >= 12,
        sort_reverse_truth: m >= 12,
        float_modulo_by_zero: m >= 13,
        chr_range_value_error: m >= 13,
        slice_assign_iterable_wording: m >= 13,
        bytearray_extend_str: m >= 13,
        str_methods_clinic: m >= 13,
        repr_depth_limit: match m {
            10 | 11 => 996,
            12 => 1495,
            _ => 9996,
        },
    }
}

static PROFILES: [Profile; 7] = [
    profile(Version::V310),
    profile(Version::V311),
    profile(Version::V312),
    profile(Version::V313),
    profile(Version::V314),
    profile(Version::V315),
    profile(Version::V316),
];

impl Profile {
    /// The checks `op` makes, in the order it makes them.
    pub fn checks(&self, op: Op) -> &'static [Check] {
        use Check::*;
        match op {
            Op::Write if self.write_argument_first => &[Argument, Closed, Exports],
            Op::Write => &[Closed, Exports, Argument],
            Op::Truncate if self.truncate_checks_first => &[Closed, Exports, Argument],
            Op::Truncate => &[Argument, Closed, Exports],
            Op::Close if self.close_keeps_views => &[],
            Op::Close => &[Exports],
            Op::Init if self.init_checks_exports_first => &[Exports, Argument],
            Op::Init => &[Argument, Exports],
        }
    }

    /// How `truncate()` converts its argument.
    pub fn truncate_arg(&self) -> SizeArg {
        if self.truncate_checks_first {
            SizeArg::AsLong
        } else {
            SizeArg::OptionalSsize
        }
    }

    /// The parser's target version.
    pub fn parser_minor(&self) -> u8 {
        self.version.minor()
    }

    /// The unknown-keyword error of a C function `fname` (`print`, `BytesIO`).
    pub fn unexpected_keyword_msg(&self, fname: &str, key: &str, params: &[&str]) -> String {
        super::switch::touch(super::switch::Switch::UnexpectedKeyword);
        if self.unexpected_keyword {
            let mut s = format!("{fname}() got an unexpected keyword argument '{key}'");
            if let Some(h) = super::suggest::suggest(key, params.iter().copied()) {
                s.push_str(&format!(". Did you mean '{h}'?"));
            }
            s
        } else {
            format!("'{key}' is an invalid keyword argument for {fname}()")
        }
    }

    /// The prompt's line after a NameError's "Did you mean": `Or did you forget to import
    /// 'io'?` (with a suggestion) or `. Did you forget to import 'io'?` (without).
    pub fn forgot_import(&self, name: &str) -> bool {
        self.forgot_import_hint && super::stdlib_names::is_stdlib_module(self.version, name)
    }

    /// The names `dir(io.BytesIO())` lists under this version, sorted (3.16 adds `peek`).
    pub fn bytesio_dir(&self) -> &'static [&'static str] {
        static WITH_PEEK: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
        if !self.bytesio_peek {
            return super::dirs::BYTESIO;
        }
        WITH_PEEK.get_or_init(|| {
            let mut d = super::dirs::BYTESIO.to_vec();
            if !d.contains(&"peek") {
                d.push("peek");
                d.sort_unstable();
            }
            d
        })
    }
}

thread_local! {
    static CURRENT: Cell<Version> = const { Cell::new(Version::V311) };
}

/// The version the running session behaves as (set by the session for each statement).
pub fn current() -> &'static Profile {
    CURRENT.with(Cell::get).profile()
}

/// Sets the version [`current`] answers for this thread.
pub fn set_current(v: Version) {
    CURRENT.with(|c| c.set(v));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_and_cycle() {
        assert_eq!(Version::parse("3.16"), Some(Version::V316));
        assert_eq!(Version::parse("3.12.1"), Some(Version::V312));
        assert_eq!(Version::parse("310"), Some(Version::V310));
        assert_eq!(Version::parse("3.9"), None);
        assert_eq!(Version::parse("python"), None);
        assert_eq!(Version::V316.next(), Version::V310);
        assert_eq!(Version::V311.next(), Version::V312);
        assert_eq!(Version::V313.profile().version, Version::V313);
    }

    #[test]
    fn close_refuses_with_views_until_main() {
        for v in Version::ALL {
            let refuses = v.profile().checks(Op::Close).contains(&Check::Exports);
            assert_eq!(refuses, v < Version::V316, "{v}");
        }
        // write and truncate still refuse with a view alive on 3.16.
        let p = Version::V316.profile();
        assert!(p.checks(Op::Write).contains(&Check::Exports));
        assert!(p.checks(Op::Truncate).contains(&Check::Exports));
    }

    #[test]
    fn keyword_wording_follows_the_version() {
        let p = Version::V313.profile();
        assert_eq!(
            p.unexpected_keyword_msg("int", "bas", &["base"]),
            "int() got an unexpected keyword argument 'bas'. Did you mean 'base'?"
        );
        assert_eq!(
            Version::V312
                .profile()
                .unexpected_keyword_msg("int", "bas", &["base"]),
            "'bas' is an invalid keyword argument for int()"
        );
    }
}
