//! Text from legacy systems in the CP1251 code page (Windows-1251, the
//! Cyrillic code page of Windows), converted to the UTF-8 the library
//! reads. The library itself reads and writes UTF-8 only; this is the one
//! documented way in (the command line way: `iconv -f CP1251 -t UTF-8`).
//!
//! Bytes 0x00–0x7F are ASCII and map to themselves; 0x80–0xFF map through
//! the table of the code page as Microsoft publishes it (the Unicode
//! Consortium's `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1251.TXT`), written out
//! below. Byte 0x98 is not defined in CP1251.
//!
//! Reading chosen: an undefined byte is an error that gives its offset,
//! not a U+FFFD replacement character. A customs officer does not accept
//! a declaration whose text was silently altered: a replaced character in
//! a name, a description of goods or a number changes what the document
//! says, and the declarant must be able to find and correct the byte.
//!
//! CP1251 has no code for the Kazakh letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ (only
//! for І): Kazakh text from legacy systems is usually in KZ-1048 (RK1048),
//! which this function does not read; convert it with
//! `iconv -f RK1048 -t UTF-8`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap
)]

use std::fmt;

use crate::messages::encoding::not_cp1251;
use crate::text::Text;

/// The characters of bytes 0x80–0xFF, in byte order; `None` for a byte the
/// code page does not define (0x98).
#[rustfmt::skip]
const HIGH: [Option<char>; 128] = {
    const fn c(ch: char) -> Option<char> {
        Some(ch)
    }
    [
        // 0x80–0x8F
        c('\u{0402}'), c('\u{0403}'), c('\u{201A}'), c('\u{0453}'),
        c('\u{201E}'), c('\u{2026}'), c('\u{2020}'), c('\u{2021}'),
        c('\u{20AC}'), c('\u{2030}'), c('\u{0409}'), c('\u{2039}'),
        c('\u{040A}'), c('\u{040C}'), c('\u{040B}'), c('\u{040F}'),
        // 0x90–0x9F (0x98 undefined)
        c('\u{0452}'), c('\u{2018}'), c('\u{2019}'), c('\u{201C}'),
        c('\u{201D}'), c('\u{2022}'), c('\u{2013}'), c('\u{2014}'),
        None, c('\u{2122}'), c('\u{0459}'), c('\u{203A}'),
        c('\u{045A}'), c('\u{045C}'), c('\u{045B}'), c('\u{045F}'),
        // 0xA0–0xAF
        c('\u{00A0}'), c('\u{040E}'), c('\u{045E}'), c('\u{0408}'),
        c('\u{00A4}'), c('\u{0490}'), c('\u{00A6}'), c('\u{00A7}'),
        c('\u{0401}'), c('\u{00A9}'), c('\u{0404}'), c('\u{00AB}'),
        c('\u{00AC}'), c('\u{00AD}'), c('\u{00AE}'), c('\u{0407}'),
        // 0xB0–0xBF
        c('\u{00B0}'), c('\u{00B1}'), c('\u{0406}'), c('\u{0456}'),
        c('\u{0491}'), c('\u{00B5}'), c('\u{00B6}'), c('\u{00B7}'),
        c('\u{0451}'), c('\u{2116}'), c('\u{0454}'), c('\u{00BB}'),
        c('\u{0458}'), c('\u{0405}'), c('\u{0455}'), c('\u{0457}'),
        // 0xC0–0xDF: А–Я
        c('А'), c('Б'), c('В'), c('Г'), c('Д'), c('Е'), c('Ж'), c('З'),
        c('И'), c('Й'), c('К'), c('Л'), c('М'), c('Н'), c('О'), c('П'),
        c('Р'), c('С'), c('Т'), c('У'), c('Ф'), c('Х'), c('Ц'), c('Ч'),
        c('Ш'), c('Щ'), c('Ъ'), c('Ы'), c('Ь'), c('Э'), c('Ю'), c('Я'),
        // 0xE0–0xFF: а–я
        c('а'), c('б'), c('в'), c('г'), c('д'), c('е'), c('ж'), c('з'),
        c('и'), c('й'), c('к'), c('л'), c('м'), c('н'), c('о'), c('п'),
        c('р'), c('с'), c('т'), c('у'), c('ф'), c('х'), c('ц'), c('ч'),
        c('ш'), c('щ'), c('ъ'), c('ы'), c('ь'), c('э'), c('ю'), c('я'),
    ]
};

/// The character of one CP1251 byte, `None` for 0x98.
///
/// ```
/// use kazcustoms_core::text::cp1251_char;
/// assert_eq!(cp1251_char(b'A'), Some('A'));
/// assert_eq!(cp1251_char(0xC0), Some('А'));
/// assert_eq!(cp1251_char(0xB9), Some('№'));
/// assert_eq!(cp1251_char(0x98), None);
/// ```
pub fn cp1251_char(byte: u8) -> Option<char> {
    if byte.is_ascii() {
        Some(char::from(byte))
    } else {
        HIGH[usize::from(byte & 0x7F)]
    }
}

/// Converts text in the CP1251 code page (Windows-1251) to UTF-8.
///
/// Fails on the first byte that CP1251 does not define (0x98), giving its
/// offset: nothing is replaced silently (see the module's reading). Every
/// other byte has its character, NUL included.
///
/// ```
/// use kazcustoms_core::text::cp1251_to_utf8;
/// // "ТОО «Алма» №5" as a Windows program writes it
/// let bytes = b"\xd2\xce\xce \xab\xc0\xeb\xec\xe0\xbb \xb95";
/// assert_eq!(cp1251_to_utf8(bytes).unwrap(), "ТОО «Алма» №5");
/// let e = cp1251_to_utf8(b"ab\x98c").unwrap_err();
/// assert_eq!((e.offset(), e.byte()), (2, 0x98));
/// assert!(e.text().ru.contains("смещению 2"));
/// ```
pub fn cp1251_to_utf8(bytes: &[u8]) -> Result<String, Cp1251Error> {
    let mut out = String::with_capacity(bytes.len());
    for (offset, &byte) in bytes.iter().enumerate() {
        match cp1251_char(byte) {
            Some(ch) => out.push(ch),
            None => return Err(Cp1251Error { offset, byte }),
        }
    }
    Ok(out)
}

/// A byte that CP1251 does not define, met by [`cp1251_to_utf8`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cp1251Error {
    offset: usize,
    byte: u8,
}

impl Cp1251Error {
    /// The offset of the byte in the input, counting bytes from 0.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The byte (0x98, the one CP1251 leaves undefined).
    pub fn byte(&self) -> u8 {
        self.byte
    }

    /// What is wrong, in Kazakh, Russian and English.
    ///
    /// ```
    /// let e = kazcustoms_core::text::cp1251_to_utf8(b"\x98").unwrap_err();
    /// assert_eq!(e.text().en, "byte 0x98 at offset 0 (counting bytes from 0) is not a character of CP1251 (Windows-1251)");
    /// ```
    pub fn text(&self) -> Text {
        not_cp1251(self.offset, self.byte)
    }
}

impl fmt::Display for Cp1251Error {
    /// The English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text().en)
    }
}

impl std::error::Error for Cp1251Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_maps_to_itself_and_only_0x98_is_undefined() {
        for b in 0..=0x7Fu8 {
            assert_eq!(cp1251_char(b), Some(char::from(b)));
        }
        let undefined: Vec<u8> = (0x80..=0xFFu8)
            .filter(|&b| cp1251_char(b).is_none())
            .collect();
        assert_eq!(undefined, [0x98]);
    }

    #[test]
    fn the_letters_are_in_alphabetical_order() {
        let upper: String = (0xC0..=0xDFu8).filter_map(cp1251_char).collect();
        assert_eq!(upper, "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ");
        let lower: String = (0xE0..=0xFFu8).filter_map(cp1251_char).collect();
        assert_eq!(lower, upper.to_lowercase());
    }

    #[test]
    fn the_first_undefined_byte_is_reported() {
        let e = cp1251_to_utf8(b"\xc0\x98\x98").unwrap_err();
        assert_eq!(e.offset(), 1);
        assert_eq!(e.to_string(), e.text().en);
        assert_eq!(cp1251_to_utf8(b"").unwrap(), "");
    }
}
