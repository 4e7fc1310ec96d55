//! The lenient pre-processing helper. Never applied implicitly.

/// First code point of each run of ten Unicode decimal digits (general
/// category Nd) mapped to `0`–`9`. Source: Unicode 15 `UnicodeData.txt`,
/// category Nd; ASCII is left as it is.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

fn unicode_digit(c: char) -> Option<char> {
    let cp = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&cp))
        .and_then(|&zero| char::from_digit(cp - zero, 10))
}

fn ascii_separator(c: char) -> Option<char> {
    match c {
        // hyphen, non-breaking hyphen, figure dash, en dash, em dash,
        // horizontal bar, minus sign, small and full-width hyphen-minus
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Some('-'),
        // fraction slash, division slash, full-width solidus, big solidus
        '\u{2044}' | '\u{2215}' | '\u{FF0F}' | '\u{29F8}' => Some('/'),
        _ => None,
    }
}

/// Makes typed or pasted text parseable: trims surrounding whitespace and maps
/// Unicode decimal digits, dashes and slashes to their ASCII forms. Nothing
/// else is changed (inner spaces stay and still fail the strict parse).
///
/// The parsers never call this: a caller who accepts lenient input calls it
/// first, and sees what it changed.
///
/// ```
/// use kazcustoms_core::normalize;
/// assert_eq!(normalize("  ５０１０１／１５０３６／００００１ "), "50101/15036/00001");
/// assert_eq!(normalize("٠٠١٢\u{2013}50101\u{2013}05116"), "0012-50101-05116");
/// assert_eq!(normalize("50101 /15036/00001"), "50101 /15036/00001");
/// ```
pub fn normalize(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else {
                unicode_digit(c).or_else(|| ascii_separator(c)).unwrap_or(c)
            }
        })
        .collect()
}
