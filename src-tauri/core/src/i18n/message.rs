//! A message of the catalogue with its arguments, rendered in whichever language asks.

use super::{catalogue, Locale};

/// A value put into a message: text as it is, a number Fluent's plural rules select on,
/// another message, rendered in the language of the one it is put into (an error about a
/// line of a file, inside the error that names the file), or a list of messages rendered
/// in that language and joined with commas ("3 partners, 1 meeting").
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
    Message(Message),
    List(Vec<Message>),
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}
impl From<&Message> for Arg {
    fn from(message: &Message) -> Self {
        Arg::Message(message.clone())
    }
}

impl From<Vec<Message>> for Arg {
    fn from(messages: Vec<Message>) -> Self {
        Arg::List(messages)
    }
}
impl From<&[Message]> for Arg {
    fn from(messages: &[Message]) -> Self {
        Arg::List(messages.to_vec())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}
impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}
impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}
macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, f64);

/// A catalogue message (`id` and arguments), or a text not yet in the catalogue.
///
/// Its English rendering is made once, at construction, and is what `Display` and
/// `Deref<Target = str>` give: logs, tests and code that inspects an error's words see
/// English whatever the person's language. [`Message::render`] gives any language.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: Option<&'static str>,
    args: Vec<(&'static str, Arg)>,
    english: String,
}

impl Message {
    /// The catalogue message `id` (add arguments with [`Message::arg`]).
    pub fn new(id: &'static str) -> Self {
        Message { id: Some(id), args: Vec::new(), english: catalogue::text(Locale::En, id) }
    }

    /// The message with the argument `$name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self.english = catalogue::translate(Locale::En, self.id.unwrap_or_default(), &self.args);
        self
    }

    /// The catalogue id, when the text comes from the catalogue.
    pub fn id(&self) -> Option<&'static str> {
        self.id
    }

    /// The argument `$name`, if the message has it (to read a line number back from an
    /// error, say).
    pub fn arg_named(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }

    /// The text in `locale` (English for a text not yet in the catalogue).
    pub fn render(&self, locale: Locale) -> String {
        match self.id {
            Some(id) if locale != Locale::En => catalogue::translate(locale, id, &self.args),
            _ => self.english.clone(),
        }
    }
}

/// Text not yet moved into the catalogue: shown as it is in every language.
impl From<String> for Message {
    fn from(english: String) -> Self {
        Message { id: None, args: Vec::new(), english }
    }
}
impl From<&str> for Message {
    fn from(english: &str) -> Self {
        Message::from(english.to_string())
    }
}
impl From<&String> for Message {
    fn from(english: &String) -> Self {
        Message::from(english.clone())
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.english
    }
}
