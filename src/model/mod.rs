//! The model: BytesIO streams, memoryviews and their exports, Python values and exceptions.
//! Pure: no parsing, no UI.

pub mod alloc;
pub mod codec;
pub mod dict;
pub mod dirs;
pub mod error;
pub mod float;
pub mod format;
pub mod formats;
pub mod printable;
pub mod profile;
pub mod range;
pub mod repr;
pub mod stdlib_names;
pub mod stream;
pub mod suggest;
pub mod switch;
pub mod text;
pub mod unicode_props;
pub mod value;
pub mod view;

pub use error::{ExcType, PyErr, PyResult};
pub use stream::{Edit, Stream};
pub use value::{ByteArray, Value};
pub use view::{Family, Origin, Source, View};
