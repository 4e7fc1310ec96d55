//! Messages about the encoding of text given to the library as bytes: a
//! string that is not UTF-8 (with the offset of its first invalid byte), a
//! byte that CP1251 does not define, a NUL byte where a C string is made.
//!
//! Offsets count bytes from 0, as `Utf8Error::valid_up_to` and
//! [`crate::text::Cp1251Error::offset`] do, so that a user can find the
//! byte with `dd`, `xxd -s` or a hex editor.

use crate::text::Text;

/// A string that is not valid UTF-8: `offset` is the offset, in bytes
/// from 0, of its first invalid byte (`Utf8Error::valid_up_to`).
///
/// ```
/// use kazcustoms_core::messages::encoding::not_utf8_at;
/// let e = std::str::from_utf8(b"ab\xff").unwrap_err();
/// let t = not_utf8_at(e.valid_up_to());
/// assert_eq!(t.en, "is not valid UTF-8: the first invalid byte is at offset 2 (counting bytes from 0)");
/// assert!(t.ru.contains("смещению 2") && t.kk.contains(" 2 "));
/// ```
pub fn not_utf8_at(offset: usize) -> Text {
    Text::new(
        format!("жарамды UTF-8 емес: алғашқы жарамсыз байттың ығысуы {offset} (байттар 0-ден саналады)"),
        format!("не является корректной строкой UTF-8: первый недопустимый байт по смещению {offset} (байты считаются с 0)"),
        format!("is not valid UTF-8: the first invalid byte is at offset {offset} (counting bytes from 0)"),
    )
}

/// A byte that the CP1251 code page (Windows-1251) does not define (only
/// 0x98) at `offset` bytes from 0.
///
/// ```
/// let t = kazcustoms_core::messages::encoding::not_cp1251(17, 0x98);
/// assert_eq!(t.en, "byte 0x98 at offset 17 (counting bytes from 0) is not a character of CP1251 (Windows-1251)");
/// assert!(t.kk.contains("0x98") && t.ru.contains("0x98"));
/// ```
pub fn not_cp1251(offset: usize, byte: u8) -> Text {
    Text::new(
        format!("{offset} ығысуындағы 0x{byte:02X} байты (байттар 0-ден саналады) CP1251 (Windows-1251) кодтық бетінің таңбасы емес"),
        format!("байт 0x{byte:02X} по смещению {offset} (байты считаются с 0) не является символом CP1251 (Windows-1251)"),
        format!("byte 0x{byte:02X} at offset {offset} (counting bytes from 0) is not a character of CP1251 (Windows-1251)"),
    )
}

/// A NUL byte (0x00) at `offset` bytes from 0 in text that is to become a
/// C string, which ends at its first NUL.
///
/// ```
/// let t = kazcustoms_core::messages::encoding::nul_at(3);
/// assert_eq!(t.en, "byte 0x00 (NUL) at offset 3 (counting bytes from 0): a C string cannot hold it");
/// ```
pub fn nul_at(offset: usize) -> Text {
    Text::new(
        format!("{offset} ығысуындағы 0x00 (NUL) байты (байттар 0-ден саналады): C жолы оны қамти алмайды"),
        format!("байт 0x00 (NUL) по смещению {offset} (байты считаются с 0): строка C не может его содержать"),
        format!("byte 0x00 (NUL) at offset {offset} (counting bytes from 0): a C string cannot hold it"),
    )
}
