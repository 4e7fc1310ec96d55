//! Journals as tables: the registers of the annexes exported as CSV or JSON,
//! with the annex's column headers in Kazakh, Russian or English, in the
//! annex's column order. A leaf module: which journals exist is the
//! registry's ([`crate::documents::JournalKind`]).

use serde::ser::SerializeMap;
use serde::Serialize;

use crate::text::{Lang, Text};

/// A journal (register) as a table: its title, its column headers in three
/// languages, and its rows as the cell texts the paper journal would carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The journal's name, e.g. "DCD registration journal (annex 2)".
    pub title: Text,
    /// The column headers, in the annex's order.
    pub headers: Vec<Text>,
    /// The rows; each has one cell per header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// An empty table with these headers.
    pub fn new(title: Text, headers: Vec<Text>) -> Table {
        Table {
            title,
            headers,
            rows: Vec::new(),
        }
    }

    /// Adds a row; missing cells are left empty and extra cells are dropped,
    /// so every row has one cell per header.
    pub fn push(&mut self, mut row: Vec<String>) {
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields
    /// quoted where they hold a comma, quote or line break), headers first:
    /// [`Table::to_csv_with`] with the default [`CsvOptions`].
    ///
    /// ```
    /// use kazcustoms_core::tables::Table;
    /// use kazcustoms_core::{Lang, Text};
    /// let mut t = Table::new(Text::new("ж", "ж", "j"), vec![Text::new("№", "№", "No"), Text::new("Алушы", "Получатель", "Recipient")]);
    /// t.push(vec!["1".into(), "ТОО \"АЛМА\", АЛМАТЫ".into()]);
    /// assert_eq!(t.to_csv(Lang::Ru), "№,Получатель\r\n1,\"ТОО \"\"АЛМА\"\", АЛМАТЫ\"\r\n");
    /// ```
    pub fn to_csv(&self, lang: Lang) -> String {
        self.to_csv_with(lang, CsvOptions::default())
    }

    /// The table as CSV with `options`: the delimiter between fields (a
    /// field is quoted where it holds the delimiter, a quote or a line
    /// break) and whether the text starts with a UTF-8 byte order mark
    /// (U+FEFF), which spreadsheet programs in Kazakh and Russian locales
    /// need to read the text as UTF-8; CRLF line ends, headers first.
    ///
    /// ```
    /// use kazcustoms_core::tables::{CsvDelimiter, CsvOptions, Table};
    /// use kazcustoms_core::{Lang, Text};
    /// let mut t = Table::new(Text::new("ж", "ж", "j"), vec![Text::new("№", "№", "No"), Text::new("Салмақ", "Вес", "Weight")]);
    /// t.push(vec!["1".into(), "12,5".into()]);
    /// let excel = CsvOptions { delimiter: CsvDelimiter::Semicolon, bom: true };
    /// assert_eq!(t.to_csv_with(Lang::Ru, excel), "\u{feff}№;Вес\r\n1;12,5\r\n");
    /// let semicolon = CsvOptions { delimiter: CsvDelimiter::Semicolon, bom: false };
    /// t.push(vec!["2".into(), "a;b".into()]);
    /// assert!(t.to_csv_with(Lang::En, semicolon).ends_with("2;\"a;b\"\r\n"));
    /// ```
    pub fn to_csv_with(&self, lang: Lang, options: CsvOptions) -> String {
        let mut out = String::new();
        if options.bom {
            out.push('\u{feff}');
        }
        let delimiter = options.delimiter.as_char();
        let header = self.headers.iter().map(|h| h.get(lang));
        write_csv_row(&mut out, delimiter, header);
        for row in &self.rows {
            write_csv_row(&mut out, delimiter, row.iter().map(String::as_str));
        }
        out
    }

    /// The table as JSON: `{"title": …, "headers": […], "rows": [{header: cell, …}, …]}`
    /// with title and headers in `lang`; each row is an object keyed by the
    /// headers, in the annex's order.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string(&LocalizedTable { table: self, lang }).unwrap_or_default()
    }
}

fn write_csv_row<'a>(out: &mut String, delimiter: char, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        if cell.contains([delimiter, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

struct LocalizedTable<'a> {
    table: &'a Table,
    lang: Lang,
}

struct Row<'a> {
    headers: &'a [Text],
    cells: &'a [String],
    lang: Lang,
}

impl Serialize for Row<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.cells.len()))?;
        for (h, c) in self.headers.iter().zip(self.cells) {
            m.serialize_entry(h.get(self.lang), c)?;
        }
        m.end()
    }
}

impl Serialize for LocalizedTable<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.table;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("title", t.title.get(self.lang))?;
        let headers: Vec<&str> = t.headers.iter().map(|h| h.get(self.lang)).collect();
        m.serialize_entry("headers", &headers)?;
        let rows: Vec<Row<'_>> = t
            .rows
            .iter()
            .map(|cells| Row {
                headers: &t.headers,
                cells,
                lang: self.lang,
            })
            .collect();
        m.serialize_entry("rows", &rows)?;
        m.end()
    }
}

crate::named_enum! {
    /// The format a journal is exported in.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum TableFormat: "format", ["пішім", "формат", "format"] {
        /// RFC 4180 CSV.
        Csv = "csv",
        /// JSON (see [`Table::to_json`]).
        Json = "json",
    }
}

crate::named_enum! {
    /// The delimiter between the fields of a CSV table.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum CsvDelimiter: "delimiter", ["бөлгіш", "разделитель", "delimiter"] {
        /// `,` (RFC 4180; the default).
        #[default]
        Comma = ",",
        /// `;`, as spreadsheet programs expect it where the decimal
        /// separator is a comma (Kazakh and Russian locales).
        Semicolon = ";",
    }
}

impl CsvDelimiter {
    /// The delimiter as a character.
    pub const fn as_char(self) -> char {
        match self {
            CsvDelimiter::Comma => ',',
            CsvDelimiter::Semicolon => ';',
        }
    }
}

/// How a table is written as CSV ([`Table::to_csv_with`]); the default is
/// RFC 4180: comma-separated, no byte order mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CsvOptions {
    /// The delimiter between fields.
    pub delimiter: CsvDelimiter,
    /// Whether the text starts with a UTF-8 byte order mark (U+FEFF).
    pub bom: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::{export_journal as export_json, JournalKind};

    #[test]
    fn every_journal_exports_its_annex_headers_in_three_languages() {
        // Column counts of the annexes (annex 5: 10 columns; annex 8: 15;
        // annex 9: 14; annex 2: 16).
        for (kind, columns) in [
            (JournalKind::DcdRegister, 16),
            (JournalKind::GuaranteeObligations, 10),
            (JournalKind::ShortDeclarations, 15),
            (JournalKind::Arrivals, 14),
        ] {
            let table = kind.table_from_json("[]").unwrap();
            assert_eq!(table.headers.len(), columns, "{}", kind.name());
        }
        for kind in JournalKind::ALL {
            let table = kind.table_from_json("[]").unwrap();
            assert!(!table.headers.is_empty(), "{}", kind.name());
            let kk = table.to_csv(Lang::Kk);
            let ru = table.to_csv(Lang::Ru);
            let en = table.to_csv(Lang::En);
            assert!(kk != ru && ru != en, "{}", kind.name());
            let json: serde_json::Value = serde_json::from_str(&table.to_json(Lang::Kk)).unwrap();
            assert_eq!(
                json["headers"].as_array().unwrap().len(),
                table.headers.len()
            );
        }
    }

    #[test]
    fn unreadable_entries_name_the_path() {
        let err = JournalKind::Arrivals
            .table_from_json(r#"[{"number": "one"}]"#)
            .unwrap_err();
        assert!(err.to_string().contains("entries[0].number"), "{err}");
        assert!(export_json("nope", "[]", "csv", Lang::En).is_err());
        assert!(export_json("arrivals", "[]", "xml", Lang::En).is_err());
    }

    #[test]
    fn csv_options_change_the_delimiter_the_quoting_and_the_bom_only() {
        let mut t = Table::new(
            Text::new("ж", "ж", "j"),
            vec![Text::new("а", "а", "a"), Text::new("б", "б", "b")],
        );
        t.push(vec!["1,5".into(), "x;y".into()]);
        t.push(vec!["\"q\"".into(), "line\nbreak".into()]);
        let comma = t.to_csv(Lang::En);
        assert_eq!(comma, t.to_csv_with(Lang::En, CsvOptions::default()));
        assert_eq!(
            comma,
            "a,b\r\n\"1,5\",x;y\r\n\"\"\"q\"\"\",\"line\nbreak\"\r\n"
        );
        let semicolon = CsvOptions {
            delimiter: CsvDelimiter::Semicolon,
            bom: false,
        };
        assert_eq!(
            t.to_csv_with(Lang::En, semicolon),
            "a;b\r\n1,5;\"x;y\"\r\n\"\"\"q\"\"\";\"line\nbreak\"\r\n"
        );
        let bom = CsvOptions {
            delimiter: CsvDelimiter::Comma,
            bom: true,
        };
        assert_eq!(t.to_csv_with(Lang::En, bom), format!("\u{feff}{comma}"));
        assert_eq!(",".parse::<CsvDelimiter>().unwrap(), CsvDelimiter::Comma);
        assert_eq!(
            ";".parse::<CsvDelimiter>().unwrap(),
            CsvDelimiter::Semicolon
        );
        let err = "\t".parse::<CsvDelimiter>().unwrap_err();
        assert!(err.to_string().contains("delimiter"), "{err}");
    }
}
