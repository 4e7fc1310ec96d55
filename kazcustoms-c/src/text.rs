//! Text encodings: the conversion of CP1251 text from legacy systems to
//! the UTF-8 every other function of the library reads.

use std::ffi::c_char;

use kazcustoms_core::messages::encoding;
use kazcustoms_core::text::cp1251_to_utf8;

use crate::error::kazcustoms_result;
use crate::ffi::{self, Failure};

/// Converts `len` bytes of text in the CP1251 code page (Windows-1251, the
/// Cyrillic code page of Windows and of many legacy customs and accounting
/// systems) to UTF-8, the encoding of every string argument of this
/// library. `bytes` need not be NUL-terminated; it may be NULL only when
/// `len` is 0.
///
/// On success `*out_text` receives a new NUL-terminated UTF-8 string, to be
/// freed with kazcustoms_string_free().
///
/// Fails with KAZCUSTOMS_RESULT_INVALID_ARGUMENT, the message giving the
/// offset of the byte (counting from 0), for the one byte CP1251 does not
/// define (0x98: no character is replaced silently, a declaration's text
/// must not change unseen) and for a byte 0x00, which a C string cannot
/// hold; NULL_ARGUMENT for `bytes = NULL` with `len > 0` or `out_text =
/// NULL`. `*out_text` is written only on success.
///
/// CP1251 has no Kazakh letters but І (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ are missing):
/// Kazakh text from a legacy system is usually in KZ-1048, which this
/// function does not read (`iconv -f RK1048 -t UTF-8` does).
#[no_mangle]
#[must_use]
pub extern "C" fn kazcustoms_cp1251_to_utf8(
    bytes: *const u8,
    len: usize,
    out_text: *mut *mut c_char,
) -> kazcustoms_result {
    ffi::call(|| {
        let bytes = ffi::slice_arg(bytes, len, "bytes")?;
        let out = ffi::out_arg(out_text, "out_text")?;
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(Failure::invalid_argument("bytes", encoding::nul_at(offset)));
        }
        let text =
            cp1251_to_utf8(bytes).map_err(|e| Failure::invalid_argument("bytes", e.text()))?;
        out.write(ffi::into_c_string(text)?);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::CStr;

    fn convert(bytes: &[u8]) -> Result<String, kazcustoms_result> {
        let mut out = std::ptr::null_mut();
        match kazcustoms_cp1251_to_utf8(bytes.as_ptr(), bytes.len(), &mut out) {
            kazcustoms_result::Ok => {
                // SAFETY: test-only; `out` is the string the call made.
                let s = unsafe { CStr::from_ptr(out) }.to_str().unwrap().to_owned();
                crate::kazcustoms_string_free(out);
                Ok(s)
            }
            code => Err(code),
        }
    }

    #[test]
    fn invalid_utf8_gives_the_offset_of_the_first_invalid_byte() {
        use std::ffi::CString;
        // "{"consignor": "А" then a lone lead byte: the first invalid byte is
        // at offset 17 (the Cyrillic А takes two bytes).
        let document = CString::new(&b"{\"consignor\": \"\xd0\x90\xd0\"}"[..]).unwrap();
        let kind = CString::new("dcd").unwrap();
        let mut out = std::ptr::null_mut();
        let r = crate::kazcustoms_validate_json(
            kind.as_ptr(),
            document.as_ptr(),
            std::ptr::null(),
            &mut out,
        );
        assert_eq!(r, kazcustoms_result::InvalidUtf8);
        assert!(out.is_null());
        let e = crate::error::last().unwrap();
        assert_eq!(e.rule, None);
        assert!(e.message.en.ends_with("is not valid UTF-8: the first invalid byte is at offset 17 (counting bytes from 0)"), "{}", e.message.en);
        for message in [&e.message.kk, &e.message.ru, &e.message.en] {
            assert!(
                message.contains(" 17 ") && message.contains("document_json"),
                "{message}"
            );
        }
    }

    #[test]
    fn cp1251_converts_and_refuses_0x98_and_nul_with_the_offset() {
        assert_eq!(convert(b"\xd2\xce\xce \xb95").as_deref(), Ok("ТОО №5"));
        assert_eq!(convert(b""), Ok(String::new()));
        assert_eq!(convert(b"ab\x98"), Err(kazcustoms_result::InvalidArgument));
        let e = crate::error::last().unwrap();
        assert!(
            e.message.en.contains("0x98 at offset 2"),
            "{}",
            e.message.en
        );
        assert_eq!(convert(b"a\0b"), Err(kazcustoms_result::InvalidArgument));
        let e = crate::error::last().unwrap();
        assert!(e.message.en.contains("offset 1"), "{}", e.message.en);
        let mut out = std::ptr::null_mut();
        let r = kazcustoms_cp1251_to_utf8(std::ptr::null(), 3, &mut out);
        assert_eq!(r, kazcustoms_result::NullArgument);
        assert!(out.is_null());
    }
}
