//! The fonts of the PDF export: DejaVu Sans regular, bold and oblique, compiled into the
//! crate (`fonts/`, licence in `fonts/LICENSE`), never read from the system, so every
//! machine makes the same PDF. Their metrics also size the columns of the Word tables
//! (DejaVu is a little wider than Word's Calibri, so a cell sized for it never wraps
//! sooner than planned).
//!
//! DejaVu Sans covers every European alphabet: Latin with all its diacritics (ő ű č ž ė ą
//! ł ș ț), Greek and Cyrillic. krilla embeds only the glyphs used (subsetting) and writes
//! each glyph's text, so the PDF stays small and its text can be searched and extracted.
//!
//! Glyphs are placed one per character with the font's own advances (skrifa reads the
//! `cmap` and `hmtx` tables): the same numbers measure a line when wrapping and draw it,
//! so a wrapped line never overruns its column. European text needs no shaping beyond
//! that; a character the font lacks prints as the font's empty box but is still extracted
//! as itself.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{charmap::Charmap, FontRef, MetadataProvider};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../fonts/DejaVuSans-Oblique.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

pub struct FontFace {
    pub font: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl FontFace {
    fn load(data: &'static [u8]) -> FontFace {
        let font_ref = FontRef::new(data).expect("the embedded DejaVu font parses");
        let units_per_em = f32::from(font_ref.metrics(Size::unscaled(), LocationRef::default()).units_per_em);
        FontFace {
            font: Font::new(data.into(), 0).expect("krilla reads the embedded DejaVu font"),
            charmap: font_ref.charmap(),
            metrics: font_ref.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        }
    }

    fn glyph(&self, c: char) -> (u32, f32) {
        let c = match c {
            '\t' => ' ',
            other => other,
        };
        let id = self.charmap.map(c).unwrap_or_default();
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        (id.to_u32(), advance)
    }

    /// The width of `text` at `size` points (control characters take no room).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().filter(|c| !skipped(*c)).map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// Whether the font has a glyph for `c`.
    #[cfg(test)]
    pub fn covers(&self, c: char) -> bool {
        self.charmap.map(c).is_some()
    }

    /// The glyphs that draw `text`, each tied to the bytes of the character it shows.
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .filter(|(_, c)| !skipped(*c))
            .map(|(at, c)| {
                let (id, advance) = self.glyph(c);
                KrillaGlyph::new(GlyphId::new(id), advance, 0.0, 0.0, 0.0, at..at + c.len_utf8(), None)
            })
            .collect()
    }
}

/// Control characters (a stray bell or form feed in imported text) are not drawn.
fn skipped(c: char) -> bool {
    c.is_control() && c != '\t'
}

pub struct Fonts {
    regular: FontFace,
    bold: FontFace,
    italic: FontFace,
}

impl Fonts {
    pub fn load() -> Fonts {
        Fonts { regular: FontFace::load(REGULAR), bold: FontFace::load(BOLD), italic: FontFace::load(ITALIC) }
    }

    pub fn face(&self, face: Face) -> &FontFace {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
            Face::Italic => &self.italic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fonts_cover_european_alphabets() {
        let fonts = Fonts::load();
        let sample = "Nyíregyháza Kežmarok Võru Gävle Łódź Iași Šiauliai ő ű č ž ė € – “” Αθήνα Пловдив Київ \
                      Zażółć gęślą jaźń ĄĘŚĆŃŹŻ Brașov Târgu Mureș Țară Ăă Ââ Îî Șș Țț \
                      Ολοκληρωμένο Σχέδιο Δράσης ΆΈΉΊΌΎΏ ϊΐϋΰ « » „ ” \u{202f}\u{a0}";
        for face in [Face::Regular, Face::Bold, Face::Italic] {
            for c in sample.chars().filter(|c| *c == '\u{202f}' || *c == '\u{a0}' || !c.is_whitespace()) {
                assert!(fonts.face(face).covers(c), "{face:?} lacks {c}");
            }
        }
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let fonts = Fonts::load();
        let regular = fonts.face(Face::Regular);
        let narrow = regular.width("iii", 10.0);
        let wide = regular.width("WWW", 10.0);
        assert!(narrow > 0.0 && wide > narrow * 2.0, "{narrow} {wide}");
        assert!((regular.width("WWW", 20.0) - 2.0 * wide).abs() < 0.001);
        assert!(fonts.face(Face::Bold).width("Budget", 10.0) > regular.width("Budget", 10.0));
    }

    #[test]
    fn glyphs_map_back_to_their_characters() {
        let fonts = Fonts::load();
        let glyphs = fonts.face(Face::Regular).glyphs("Kő€");
        let ranges: Vec<_> = glyphs.iter().map(|g| g.text_range.clone()).collect();
        assert_eq!(ranges, vec![0..1, 1..3, 3..6]);
        assert!(glyphs.iter().all(|g| g.glyph_id.to_u32() != 0));
        let with_bell = fonts.face(Face::Regular).glyphs("a\u{7}b");
        assert_eq!(with_bell.iter().map(|g| g.text_range.clone()).collect::<Vec<_>>(), vec![0..1, 2..3]);
        assert_eq!(fonts.face(Face::Regular).width("a\u{7}b", 10.0), fonts.face(Face::Regular).width("ab", 10.0));
    }
}
