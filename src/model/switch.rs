//! The switches of a [`Profile`](super::profile::Profile) a statement consulted, as data:
//! each place that behaves differently per version says which switch it read
//! ([`touch`]), and whoever runs a statement can ask which ones it read ([`take`]). Two
//! versions' runs of a statement that differ are then explained by the switches it read
//! whose values differ between them (the app's `V` marks, `run --compare`), each worded by
//! the UI's catalog.

use std::cell::Cell;

use super::profile::{Profile, Version};

/// One behaviour that changed between versions (the fields of [`Profile`] of the same name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Switch {
    IoClinicNoargs,
    ForgotImportHint,
    UnexpectedKeyword,
    FromhexBytesLike,
    FromhexOddDigits,
    WriteArgumentFirst,
    TruncateChecksFirst,
    CloseKeepsViews,
    BytesioPeek,
    InitChecksExportsFirst,
    WithProtocolTypeerror,
    IoModuleNoGetattr,
    KeywordMethodCallUnbound,
    DigitLimitSaysDigits,
    StrIndexNamesType,
    ZeroDivisionNamesOp,
    ToBytesDefaults,
    AttrNameNamesType,
    TypeSubscriptNamesClass,
    UnboundLocalWording,
    FormatZOption,
    FormatSpecErrorNamesSpec,
    SumFloatCompensated,
    SliceHashable,
    MinMaxEmptyWording,
    IntIsInteger,
    MemoryviewCastHalf,
    SortReverseTruth,
    FloatModuloByZero,
    ChrRangeValueError,
    SliceAssignIterableWording,
    StrMethodsClinic,
    BytearrayExtendStr,
}

impl Switch {
    pub const ALL: [Switch; 33] = [
        Switch::IoClinicNoargs,
        Switch::ForgotImportHint,
        Switch::UnexpectedKeyword,
        Switch::FromhexBytesLike,
        Switch::FromhexOddDigits,
        Switch::WriteArgumentFirst,
        Switch::TruncateChecksFirst,
        Switch::CloseKeepsViews,
        Switch::BytesioPeek,
        Switch::InitChecksExportsFirst,
        Switch::WithProtocolTypeerror,
        Switch::IoModuleNoGetattr,
        Switch::KeywordMethodCallUnbound,
        Switch::DigitLimitSaysDigits,
        Switch::StrIndexNamesType,
        Switch::ZeroDivisionNamesOp,
        Switch::ToBytesDefaults,
        Switch::AttrNameNamesType,
        Switch::TypeSubscriptNamesClass,
        Switch::UnboundLocalWording,
        Switch::FormatZOption,
        Switch::FormatSpecErrorNamesSpec,
        Switch::SumFloatCompensated,
        Switch::SliceHashable,
        Switch::MinMaxEmptyWording,
        Switch::IntIsInteger,
        Switch::MemoryviewCastHalf,
        Switch::SortReverseTruth,
        Switch::FloatModuloByZero,
        Switch::ChrRangeValueError,
        Switch::SliceAssignIterableWording,
        Switch::StrMethodsClinic,
        Switch::BytearrayExtendStr,
    ];

    /// Its value in `p`.
    pub fn on(self, p: &Profile) -> bool {
        match self {
            Switch::IoClinicNoargs => p.io_clinic_noargs,
            Switch::ForgotImportHint => p.forgot_import_hint,
            Switch::UnexpectedKeyword => p.unexpected_keyword,
            Switch::FromhexBytesLike => p.fromhex_bytes_like,
            Switch::FromhexOddDigits => p.fromhex_odd_digits,
            Switch::WriteArgumentFirst => p.write_argument_first,
            Switch::TruncateChecksFirst => p.truncate_checks_first,
            Switch::CloseKeepsViews => p.close_keeps_views,
            Switch::BytesioPeek => p.bytesio_peek,
            Switch::InitChecksExportsFirst => p.init_checks_exports_first,
            Switch::WithProtocolTypeerror => p.with_protocol_typeerror,
            Switch::IoModuleNoGetattr => p.io_module_no_getattr,
            Switch::KeywordMethodCallUnbound => p.keyword_method_call_unbound,
            Switch::DigitLimitSaysDigits => p.digit_limit_says_digits,
            Switch::StrIndexNamesType => p.str_index_names_type,
            Switch::ZeroDivisionNamesOp => p.zero_division_names_op,
            Switch::ToBytesDefaults => p.to_bytes_defaults,
            Switch::AttrNameNamesType => p.attr_name_names_type,
            Switch::TypeSubscriptNamesClass => p.type_subscript_names_class,
            Switch::UnboundLocalWording => p.unbound_local_wording,
            Switch::FormatZOption => p.format_z_option,
            Switch::FormatSpecErrorNamesSpec => p.format_spec_error_names_spec,
            Switch::SumFloatCompensated => p.sum_float_compensated,
            Switch::SliceHashable => p.slice_hashable,
            Switch::MinMaxEmptyWording => p.min_max_empty_wording,
            Switch::IntIsInteger => p.int_is_integer,
            Switch::MemoryviewCastHalf => p.memoryview_cast_half,
            Switch::SortReverseTruth => p.sort_reverse_truth,
            Switch::FloatModuloByZero => p.float_modulo_by_zero,
            Switch::ChrRangeValueError => p.chr_range_value_error,
            Switch::SliceAssignIterableWording => p.slice_assign_iterable_wording,
            Switch::StrMethodsClinic => p.str_methods_clinic,
            Switch::BytearrayExtendStr => p.bytearray_extend_str,
        }
    }

    /// The first version it is on in.
    pub fn since(self) -> Version {
        Version::ALL
            .into_iter()
            .find(|v| self.on(v.profile()))
            .unwrap_or(Version::V316)
    }

    fn bit(self) -> u64 {
        1 << (self as u64)
    }
}

thread_local! {
    static TOUCHED: Cell<u64> = const { Cell::new(0) };
}

/// Notes that the running statement read `s`.
pub fn touch(s: Switch) {
    TOUCHED.with(|t| t.set(t.get() | s.bit()));
}

/// The switches read since the last call, in [`Switch::ALL`]'s order; clears the record.
pub fn take() -> Vec<Switch> {
    let bits = TOUCHED.with(|t| t.replace(0));
    Switch::ALL
        .into_iter()
        .filter(|s| bits & s.bit() != 0)
        .collect()
}

/// Of the switches `read`, those whose values differ between `a` and `b`: why a statement
/// that read them can behave differently under the two.
pub fn between(read: &[Switch], a: Version, b: Version) -> Vec<Switch> {
    read.iter()
        .copied()
        .filter(|s| s.on(a.profile()) != s.on(b.profile()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_is_the_first_version_a_switch_is_on() {
        assert_eq!(Switch::CloseKeepsViews.since(), Version::V316);
        assert_eq!(Switch::ForgotImportHint.since(), Version::V312);
        assert_eq!(Switch::UnexpectedKeyword.since(), Version::V313);
        assert_eq!(Switch::TruncateChecksFirst.since(), Version::V315);
        for s in Switch::ALL {
            assert!(!s.on(Version::V310.profile()), "{s:?} is on in 3.10");
            assert!(s.on(Version::V316.profile()), "{s:?} is off on main");
        }
    }

    #[test]
    fn touched_switches_are_taken_once_and_filtered_by_versions() {
        let _ = take();
        touch(Switch::CloseKeepsViews);
        touch(Switch::WriteArgumentFirst);
        touch(Switch::CloseKeepsViews);
        let read = take();
        assert_eq!(
            read,
            vec![Switch::WriteArgumentFirst, Switch::CloseKeepsViews]
        );
        assert!(take().is_empty());
        assert_eq!(
            between(&read, Version::V311, Version::V316),
            vec![Switch::WriteArgumentFirst, Switch::CloseKeepsViews]
        );
        assert_eq!(
            between(&read, Version::V314, Version::V316),
            vec![Switch::CloseKeepsViews]
        );
        assert!(between(&read, Version::V310, Version::V311).is_empty());
    }
}
