//! Closed sets of values (kinds, roles, statuses) stored as snake_case words.
//!
//! [`text_enum!`] gives each set the same behaviour everywhere: serde and TypeScript use the
//! snake_case word, SQLite stores it, the CLI accepts it with hyphens or underscores in any
//! case, and `label()` is the plain English a person reads.
//!
//! The window reads the same words: `tests/core/bindings.rs` writes every set's `ALL`,
//! `as_str()` and `label()` into `ui/src/lib/bindings/labels.ts` and fails when that file
//! is stale, so a label changed here changes in the window with the next regeneration.

/// Declares a closed set of values; see the module docs.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $( $variant:ident = $word:literal / $label:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        #[serde(rename_all = "snake_case")]
        $vis enum $name { $( $variant ),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$( $name::$variant ),+];

            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $word ),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// Accepts the word with `-`, `_` or spaces, in any case.
            pub fn parse(field: &str, text: &str) -> $crate::error::Result<Self> {
                let key = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                $( if key == $word { return Ok($name::$variant); } )+
                let choices: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                let choices = choices.join(", ").replace('_', "-");
                let message = $crate::i18n::Message::new("error-not-one-of").arg("value", text.trim()).arg("choices", choices);
                Err($crate::error::Error::invalid(field, message))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            /// The stored word as written ([`Self::as_str`]) without allocating, which reading
            /// 20,000 meetings feels; any other spelling through [`Self::parse`].
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $( if text == $word { return Ok($name::$variant); } )+
                Self::parse("", text).map_err(|e| rusqlite::types::FromSqlError::Other(e.to_string().into()))
            }
        }
    };
}

pub(crate) use text_enum;
