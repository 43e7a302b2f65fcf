//! The Fluent catalogue, embedded: `locales/<code>/{cli,dav,errors,export,import,overview}.ftl` of the
//! repository's root, read at build time and parsed once per language on first use.
//!
//! A file with a syntax error still serves every message that parses (Fluent recovers
//! per entry); `cargo test -p convene-core --test catalogue` is the check that keeps the
//! files whole. Bundles do not wrap arguments in Unicode isolation marks: the texts go to
//! terminals, documents and mail, where those invisible marks would be noise.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Locale};

/// The domains of the catalogue Rust reads (the window reads `ui.ftl` itself).
pub const DOMAINS: [&str; 6] = ["cli", "dav", "errors", "export", "import", "overview"];

macro_rules! files {
    ($code:literal) => {
        [
            include_str!(concat!("../../../../locales/", $code, "/cli.ftl")),
            include_str!(concat!("../../../../locales/", $code, "/dav.ftl")),
            include_str!(concat!("../../../../locales/", $code, "/errors.ftl")),
            include_str!(concat!("../../../../locales/", $code, "/export.ftl")),
            include_str!(concat!("../../../../locales/", $code, "/import.ftl")),
            include_str!(concat!("../../../../locales/", $code, "/overview.ftl")),
        ]
    };
}

/// The embedded text of each domain file of `locale`, in [`DOMAINS`] order.
pub fn sources(locale: Locale) -> [&'static str; DOMAINS.len()] {
    match locale {
        Locale::En => files!("en"),
        Locale::Fr => files!("fr"),
        Locale::De => files!("de"),
        Locale::Es => files!("es"),
        Locale::It => files!("it"),
        Locale::Pt => files!("pt"),
        Locale::Pl => files!("pl"),
        Locale::Nl => files!("nl"),
        Locale::El => files!("el"),
        Locale::Ro => files!("ro"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(locale: Locale) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 10] = [const { OnceLock::new() }; 10];
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let language = locale.bcp47().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        bundle.set_use_isolating(false);
        for source in sources(locale) {
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            // A duplicated id keeps its first definition; the catalogue test reports it.
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// Whether `locale`'s catalogue has the message `id`.
pub fn has_message(locale: Locale, id: &str) -> bool {
    bundle(locale).has_message(id)
}

/// The message `id` in `locale` with its arguments; English when that language lacks it,
/// the id itself when English lacks it too. Never panics.
pub fn translate(locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(message) => FluentValue::from(message.render(locale)),
                Arg::List(messages) => {
                    FluentValue::from(messages.iter().map(|m| m.render(locale)).collect::<Vec<_>>().join(", "))
                }
            };
            fluent_args.set(*name, value);
        }
        fluent_args
    });
    for candidate in [locale, Locale::En] {
        let bundle = bundle(candidate);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// [`translate`] without arguments.
pub fn text(locale: Locale, id: &str) -> String {
    translate(locale, id, &[])
}
