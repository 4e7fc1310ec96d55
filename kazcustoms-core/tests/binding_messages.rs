//! The bindings hold no message text of their own (issue 7): every message
//! a binding shows comes from the core (`kazcustoms_core::messages` and the
//! core's errors), so the three languages of a message are written once.
//!
//! This scans the `.rs` files of `kazcustoms-py/src` and `kazcustoms-c/src`
//! and fails on what is a human message there:
//!
//! * a string literal with a Cyrillic letter (Kazakh or Russian text);
//! * a `Text::new(…)` call or a `Text { kk: … }` literal (a three-language
//!   message built in the binding);
//! * an English string literal of three or more words given directly to
//!   `format!` or to an error constructor (`new_err`, `PyErr::new`,
//!   `Error::invalid_argument`, …).
//!
//! Comments (doc comments with them), attributes (`#[doc = …]`,
//! `#[pyo3(text_signature = …)]`, …) and `#[cfg(test)]` items are not
//! scanned; identifiers, JSON keys and C names are never three words.

mod rust_source;

use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Path,
    Punct(char),
    /// A string literal's text (escapes other than `\u{…}` kept as written).
    Str(String),
}

/// The tokens of `src` with their line numbers, comments left out.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let count_lines = |from: usize, to: usize, line: &mut usize| {
        *line += c[from..to.min(c.len())]
            .iter()
            .filter(|ch| **ch == '\n')
            .count();
    };
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        let start = i;
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            i = rust_source::skip_block_comment(&c, i);
            count_lines(start, i, &mut line);
        } else if let Some((hashes, body)) = rust_source::raw_string_start(&c, i) {
            let mut j = body;
            while j < c.len()
                && !(c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')))
            {
                j += 1;
            }
            out.push((Tok::Str(c[body..j.min(c.len())].iter().collect()), line));
            i = (j + 1 + hashes).min(c.len());
            count_lines(start, i, &mut line);
        } else if ch == '"' || (ch == 'b' && next == Some('"')) {
            let body = if ch == '"' { i + 1 } else { i + 2 };
            let mut j = body;
            let mut text = String::new();
            while j < c.len() && c[j] != '"' {
                if c[j] == '\\' && c.get(j + 1) == Some(&'u') && c.get(j + 2) == Some(&'{') {
                    let end = (j..c.len()).find(|k| c[*k] == '}').unwrap_or(c.len() - 1);
                    let hex: String = c[j + 3..end].iter().collect();
                    if let Some(decoded) =
                        u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                    {
                        text.push(decoded);
                    }
                    j = end + 1;
                } else if c[j] == '\\' {
                    text.push(c[j]);
                    text.extend(c.get(j + 1));
                    j += 2;
                } else {
                    text.push(c[j]);
                    j += 1;
                }
            }
            out.push((Tok::Str(text), line));
            i = (j + 1).min(c.len());
            count_lines(start, i, &mut line);
        } else if ch == '\'' {
            // A character literal, else a lifetime.
            if next == Some('\\') {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if c.get(i + 2) == Some(&'\'') {
                out.push((Tok::Str(c[i + 1].to_string()), line));
                i += 3;
            } else {
                i += 1;
            }
        } else if ch.is_alphabetic() || ch == '_' {
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(c[start..i].iter().collect()), line));
        } else if ch.is_ascii_digit() {
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
        } else if ch == ':' && next == Some(':') {
            out.push((Tok::Path, line));
            i += 2;
        } else if ch.is_whitespace() {
            i += 1;
        } else {
            out.push((Tok::Punct(ch), line));
            i += 1;
        }
    }
    out
}

/// The index after the group opened at `i`.
fn skip_group(t: &[(Tok, usize)], i: usize) -> usize {
    let mut depth = 0i32;
    for (j, (tok, _)) in t.iter().enumerate().skip(i) {
        match tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    t.len()
}

/// The tokens without attributes and without the items under `#[cfg(test)]`.
fn code(t: Vec<(Tok, usize)>) -> Vec<(Tok, usize)> {
    let mut out = Vec::with_capacity(t.len());
    let mut i = 0;
    while i < t.len() {
        let attribute = t[i].0 == Tok::Punct('#')
            && (t.get(i + 1).map(|t| &t.0) == Some(&Tok::Punct('['))
                || (t.get(i + 1).map(|t| &t.0) == Some(&Tok::Punct('!'))
                    && t.get(i + 2).map(|t| &t.0) == Some(&Tok::Punct('['))));
        if !attribute {
            out.push(t[i].clone());
            i += 1;
            continue;
        }
        let open = if t[i + 1].0 == Tok::Punct('!') {
            i + 2
        } else {
            i + 1
        };
        let end = skip_group(&t, open);
        let is_cfg_test = matches!(
            &t[open + 1..end.min(t.len())].iter().map(|t| &t.0).collect::<Vec<_>>()[..],
            [Tok::Ident(cfg), Tok::Punct('('), Tok::Ident(test), Tok::Punct(')'), Tok::Punct(']')]
                if cfg == "cfg" && test == "test"
        );
        i = end;
        if is_cfg_test {
            // Further attributes, then the item up to its `;` or its body.
            while i < t.len() {
                match t[i].0 {
                    Tok::Punct('#') => i = skip_group(&t, i + 1),
                    Tok::Punct(';') => {
                        i += 1;
                        break;
                    }
                    Tok::Punct('{') => {
                        i = skip_group(&t, i);
                        break;
                    }
                    Tok::Punct('(' | '[') => i = skip_group(&t, i),
                    _ => i += 1,
                }
            }
        }
    }
    out
}

/// The callees a message must not be given to: `format!` and the error
/// constructors of PyO3 and of the core; also `T::new` for a type `T`
/// whose name ends in `Err` or `Error` (`PyErr::new`).
const MESSAGE_CALLEES: [&str; 4] = ["format", "new_err", "invalid_argument", "invalid_document"];

fn is_message_callee(callee: &str) -> bool {
    let (owner, f) = callee.rsplit_once("::").unwrap_or(("", callee));
    MESSAGE_CALLEES.contains(&f)
        || (f == "new" && (owner.ends_with("Err") || owner.ends_with("Error")))
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// The words of an English text, `{…}` placeholders left out: the chunks
/// between spaces that are plain words (two or more ASCII letters, maybe an
/// apostrophe or hyphen, maybe closing punctuation). `key={}`, `<Report`,
/// `a.b_c(` are not words, so a `__repr__` or a path is not prose.
fn english_words(text: &str) -> usize {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches([',', '.', ':', ';', '!', '?', ')'])
                .trim_start_matches('(')
        })
        .filter(|w| {
            w.chars().filter(char::is_ascii_alphabetic).count() >= 2
                && w.chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-')
        })
        .count()
}

/// Whether the text reads as prose: three or more words.
fn is_english_message(text: &str) -> bool {
    english_words(text) >= 3
}

/// Every message found in `src`, as `line: what`.
fn messages_in(src: &str) -> Vec<String> {
    let t = code(lex(src));
    let mut found = Vec::new();
    // The callee of each open parenthesis (None for a plain group).
    let mut calls: Vec<Option<String>> = Vec::new();
    for (i, (tok, line)) in t.iter().enumerate() {
        let prev = |k: usize| i.checked_sub(k).map(|j| &t[j].0);
        match tok {
            Tok::Punct('(' | '[' | '{') => {
                let qualified = |f: &str, at: usize| match (prev(at + 1), prev(at + 2)) {
                    (Some(Tok::Path), Some(Tok::Ident(owner))) => format!("{owner}::{f}"),
                    _ => f.to_owned(),
                };
                let callee = match (prev(1), prev(2)) {
                    (Some(Tok::Ident(f)), _) => Some(qualified(f, 1)),
                    (Some(Tok::Punct('!')), Some(Tok::Ident(m))) => Some(m.clone()),
                    // `PyErr::new::<PyValueError, _>(…)`: the path before the turbofish.
                    (Some(Tok::Punct('>')), _) => {
                        (1..16).find_map(|k| match (prev(k), prev(k + 1)) {
                            (Some(Tok::Punct('<')), Some(Tok::Path)) => match prev(k + 2) {
                                Some(Tok::Ident(f)) => Some(qualified(f, k + 2)),
                                _ => None,
                            },
                            _ => None,
                        })
                    }
                    _ => None,
                };
                calls.push(callee);
            }
            Tok::Punct(')' | ']' | '}') => {
                calls.pop();
            }
            Tok::Ident(name) if name == "Text" => {
                let next: Vec<&Tok> = t[i + 1..].iter().take(3).map(|t| &t.0).collect();
                let built = matches!(
                    &next[..],
                    [Tok::Path, Tok::Ident(f), Tok::Punct('(')] if f == "new"
                ) || matches!(
                    &next[..],
                    [Tok::Punct('{'), Tok::Ident(f), Tok::Punct(':')] if f == "kk"
                );
                if built {
                    found.push(format!("{line}: a Text built in the binding"));
                }
            }
            Tok::Str(text) => {
                if text.chars().any(is_cyrillic) {
                    found.push(format!("{line}: Cyrillic text {text:?}"));
                } else if is_english_message(text) {
                    let callee = calls.last().cloned().flatten();
                    if let Some(callee) = callee.filter(|c| is_message_callee(c)) {
                        found.push(format!(
                            "{line}: English message {text:?} given to {callee}"
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_bindings_hold_no_message_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["kazcustoms-py/src", "kazcustoms-c/src"] {
        let before = files.len();
        rust_files(&root.join(dir), &mut files);
        assert!(files.len() > before, "{dir} has .rs files");
    }
    files.sort();
    let mut report = Vec::new();
    for file in &files {
        let src = std::fs::read_to_string(file).unwrap();
        let rel = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        for m in messages_in(&src) {
            report.push(format!("{rel}:{m}"));
        }
    }
    assert!(
        report.is_empty(),
        "message text in the bindings (move it to kazcustoms_core::messages or use the core's errors):\n{}",
        report.join("\n")
    );
}

#[test]
fn the_check_finds_messages_and_only_messages() {
    let src = r####"
//! Док: «бұл хабар емес» — a doc comment is not scanned.
use pyo3::exceptions::PyValueError;

/// Қате: the doc of an item.
#[pyo3(signature = (kind, *, lang = "en"), text_signature = "(kind, *, lang='en')")]
#[doc = "Тіркеу журналы"]
fn f(kind: &str) -> PyResult<String> {
    let key = "reference_number";
    let c_name = "KAZCUSTOMS_RESULT_INVALID_DOCUMENT";
    let path = format!("{root}.{key}[{index}]");
    let lead = "белгісіз түр";
    let t = Text::new("a", "b", "c");
    let u = Text { kk: a, ru: b, en: c };
    let lifetime: &'static str = "x";
    let raw = r#"{"kind": "dcd", "Ж": 1}"#;
    Err(PyValueError::new_err(format!("unknown kind {kind}: expected one of them")))?;
    Err(PyValueError::new_err("the journal is full"))?;
    Err(PyErr::new::<PyValueError, _>("cannot read the document"))?;
    let s = CString::new("not an error but three words").unwrap();
    s.expect("the lock is never poisoned");
    Ok(format!("{kind}/{lang}"))
}

#[cfg(test)]
mod tests {
    const SAMPLE: &str = "ТОО «АЛМА»";
    fn g() { panic!("this is a test message"); }
}
"####;
    let found = messages_in(src);
    let lines: Vec<&str> = found.iter().map(|f| f.split(':').next().unwrap()).collect();
    assert_eq!(
        lines,
        ["12", "13", "14", "16", "17", "18", "19"],
        "{found:#?}"
    );
    assert!(found[0].contains("Cyrillic"), "{}", found[0]);
    assert!(
        found[3].contains("Cyrillic"),
        "the raw string's Ж: {}",
        found[3]
    );
    assert!(found[4].contains("given to format"), "{}", found[4]);
    assert!(
        found[5].contains("given to PyValueError::new_err"),
        "{}",
        found[5]
    );
    assert!(found[6].contains("given to PyErr::new"), "{}", found[6]);
    assert!(is_message_callee("PyValueError::new_err"));
    assert!(is_message_callee("Error::invalid_argument"));
    assert!(!is_message_callee("CString::new"));
    assert!(!is_message_callee("expect"));
    // Not a message: identifiers, keys, short format strings.
    assert!(!is_english_message("reference_number"));
    assert!(!is_english_message("{root}.{key}[{index}]"));
    assert!(!is_english_message("kazcustoms_result ok"));
    assert!(!is_english_message("<Report ok={} lang='{}' rules=[{}]>"));
    assert!(!is_english_message(
        "kazcustoms.parse_number('{}', '{}', reference=datetime.date({}))"
    ));
    assert!(is_english_message(
        "unknown kind {kind}: expected one of them"
    ));
    assert!(is_english_message("the journal is full"));
}
