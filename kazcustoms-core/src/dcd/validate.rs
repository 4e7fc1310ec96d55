//! The column rules of the DCD (R1 §8–§9, SPEC §3): one pass, every
//! violation, each with its column, and its sheet and item where relevant.
//!
//! Readings the source leaves open, chosen as an inspector would defend them
//! (also in the README):
//! * §8 lists the columns that *are filled*; a column of that list with no
//!   value is reported under the column's own rule (e.g. a missing gross
//!   weight is `DCD.35.POSITIVE`, a missing currency `DCD.22.CURRENCY`).
//!   Columns filled only "where used" (3, 4, 9, 40, 46, C, D) may be empty.
//! * Countries in columns 15–17 may be given as ISO 3166-1 alpha-2 or numeric
//!   codes; columns 18 and 21 must be numeric, as §9 says.
//! * Column 22's total is compared with the sum of column 42 in whole
//!   hundredths (kopecks, cents). Column 46 may differ from column 42
//!   converted at the two rates by at most one hundredth ("beyond rounding").
//! * The column 50 deadline is checked with `TERM.*` only when column 7 reads
//!   as a valid number (its date is the start) and a distance is known (the
//!   document's `distance_km`, else the context's).

use std::borrow::Cow;

use crate::check::{blank, show, Checker};
use crate::context::Context;
use crate::dcd::model::{Dcd, DocumentCode, Item, Principal, Vehicle};
use crate::dcd::Direction;
use crate::deadline::{check_deadline, Distance};
use crate::error::Input;
use crate::numbers::{parse_number, NumberKind, ParseOptions, RegistrationNumber};
use crate::reference;
use crate::report::{Report, Violation};
use crate::rules::Rule;
use crate::Error;

/// Hundredths, rounded half away from zero; exact for the amounts a document
/// carries (at most a few decimals, far below 2^53 hundredths).
fn hundredths(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

impl Dcd {
    /// Checks every column rule and returns all violations.
    ///
    /// # Errors
    ///
    /// An input error when the document's `distance_km` is not a valid
    /// distance (it is not a column, it is input to the deadline check).
    ///
    /// # Example
    ///
    /// ```
    /// use kazcustoms_core::dcd::{Context, Dcd};
    /// let dcd = Dcd::default();
    /// let report = dcd.validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"DCD.2.REQUIRED"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let distance = self
            .distance_km
            .map(|km| {
                Distance::from_km(km).map_err(|e| match e {
                    Error::InvalidArgument { reason, .. } => {
                        Error::invalid_document(Input::Document, "document.distance_km", reason)
                    }
                    other => other,
                })
            })
            .transpose()?
            .or(ctx.distance);
        let reference = ctx.reference.unwrap_or_else(crate::today);
        let mut opts = ParseOptions::new(reference);
        if let Some(dir) = &ctx.offices {
            opts = opts.with_offices(dir);
        }
        let mut c = Checker {
            report: Report::new(),
        };
        self.check_column_1(&mut c);
        if blank(&self.consignor) {
            c.add(Rule::Dcd2Required, "2", ());
        }
        self.check_sheets(&mut c);
        if let Some(n) = self.loading_lists {
            if n <= 0 {
                c.add(Rule::Dcd4Range, "4", Some(n.to_string()));
            }
        }
        let item_count = self.items().count();
        match self.total_items {
            Some(n) if n == item_count as i64 => {}
            other => c.add(
                Rule::Dcd5ItemCount,
                "5",
                Some(format!(
                    "{} ≠ {item_count}",
                    other.map_or("—".to_owned(), |n| n.to_string())
                )),
            ),
        }
        match self.packages {
            None => c.add(Rule::Dcd6Negative, "6", ()),
            Some(n) if n < 0 => c.add(Rule::Dcd6Negative, "6", Some(n.to_string())),
            Some(n) if self.bulk_cargo && n != 0 => c.add(Rule::Dcd6Bulk, "6", Some(n.to_string())),
            Some(_) => {}
        }
        let registered = match self.reference_number.as_deref().map(str::trim) {
            None | Some("") => {
                c.add(Rule::Dcd7Required, "7", ());
                None
            }
            Some(_) => {
                let text = self.reference_number.as_deref().unwrap_or_default();
                match parse_number(NumberKind::Dcd, text, &opts) {
                    Ok(n) => Some(n),
                    Err(e) => {
                        c.number_error(&e, "7", None, None);
                        None
                    }
                }
            }
        };
        self.check_column_8(&mut c);
        if let Some(text) = self
            .escort_number
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            self.check_quoted(
                &mut c,
                text,
                NumberKind::Escort,
                Rule::Dcd9Format,
                "9",
                &opts,
                None,
            );
        }
        for (value, rule, field) in [
            (&self.country_of_dispatch, Rule::Dcd15Country, "15"),
            (&self.country_of_origin, Rule::Dcd16Country, "16"),
            (&self.country_of_destination, Rule::Dcd17Country, "17"),
        ] {
            let known = value.as_deref().is_some_and(|code| {
                reference::country_by_alpha2(code).is_some()
                    || reference::country_by_numeric_code(code).is_some()
            });
            if !known {
                c.add(rule, field, value.as_deref().map(show));
            }
        }
        check_vehicle(
            &mut c,
            &self.vehicle_at_departure,
            Rule::Dcd18Count,
            Rule::Dcd18Country,
            "18",
        );
        check_vehicle(
            &mut c,
            &self.vehicle_at_border,
            Rule::Dcd21Count,
            Rule::Dcd21Country,
            "21",
        );
        self.check_invoice(&mut c);
        match self.exchange_rate {
            Some(r) if r.is_finite() && r > 0.0 => {}
            other => c.add(Rule::Dcd23Positive, "23", other.map(|r| r.to_string())),
        }
        let mode = self.transport_mode.as_deref();
        if mode.and_then(reference::transport_mode_by_code).is_none() {
            c.add(Rule::Dcd25Code, "25", mode.map(show));
        }
        if blank(&self.border_office) {
            c.add(Rule::Dcd29Required, "29", ());
        }
        self.check_items(&mut c, ctx, &opts);
        self.check_column_50(&mut c, ctx, registered, distance)?;
        let dest = self.destination_office.as_ref();
        if dest.is_none_or(|o| blank(&o.name) || blank(&o.code)) {
            c.add(Rule::Dcd53Required, "53", ());
        }
        let place = self.place_and_date.as_ref();
        if place.is_none_or(|p| blank(&p.place) || p.date.is_none()) {
            c.add(Rule::Dcd54Required, "54", ());
        }
        if blank(&self.delivery_address) {
            c.add(Rule::DcdARequired, "A", ());
        }
        for (column, value) in &self.other_columns {
            if !value.trim().is_empty() {
                c.add(Rule::DcdColumnsExtra, "other_columns", Some(column.clone()));
            }
        }
        self.check_capitals(&mut c);
        Ok(c.report)
    }

    fn check_column_1(&self, c: &mut Checker) {
        let t = &self.declaration_type;
        let direction = t.direction.as_deref();
        if direction.and_then(Direction::from_code).is_none() {
            c.add(Rule::Dcd1Direction, "1", direction.map(show));
        }
        if !blank(&t.second) {
            c.add(Rule::Dcd1Second, "1", t.second.as_deref().map(show));
        }
        if !matches!(t.third.as_deref(), Some("ЖБҚ" | "ДКД")) {
            c.add(Rule::Dcd1Third, "1", t.third.as_deref().map(show));
        }
    }

    fn check_sheets(&self, c: &mut Checker) {
        // Column 3 must be filled only where additional sheets are used, but
        // where it is filled it must be right.
        let count = self.sheets.len() as i64;
        for (i, sheet) in self.sheets.iter().enumerate() {
            let s = Some(i as u32 + 1);
            match sheet.forms {
                None if count < 2 => {}
                None => c.at(Rule::Dcd3Missing, "3", (), s, None),
                Some(f) => {
                    if f.sheet < 1 || f.sheet > f.total {
                        c.at(
                            Rule::Dcd3Range,
                            "3",
                            Some(format!("{}/{}", f.sheet, f.total)),
                            s,
                            None,
                        );
                    }
                    if f.total != count {
                        c.at(
                            Rule::Dcd3Total,
                            "3",
                            Some(format!("{} ≠ {count}", f.total)),
                            s,
                            None,
                        );
                    }
                }
            }
        }
    }

    fn check_column_8(&self, c: &mut Checker) {
        let consignee = self.consignee.as_ref();
        if consignee.is_none_or(|x| blank(&x.name_address)) {
            c.add(Rule::Dcd8Required, "8", ());
        }
        // R1 §9 col. 8: rail transport (mode 20) adds the station code.
        if self.transport_mode.as_deref() == Some("20")
            && consignee.is_none_or(|x| blank(&x.rail_station))
        {
            c.add(Rule::Dcd8RailStation, "8", ());
        }
    }

    fn check_invoice(&self, c: &mut Checker) {
        let invoice = self.invoice.as_ref();
        let currency = invoice.and_then(|i| i.currency.as_deref());
        if currency
            .and_then(reference::currency_by_numeric_code)
            .is_none()
        {
            c.add(Rule::Dcd22Currency, "22", currency.map(show));
        }
        let sum: i64 = self
            .items()
            .filter_map(|(_, i)| i.invoice_value)
            .map(hundredths)
            .sum();
        let total = invoice.and_then(|i| i.total);
        if total.map(hundredths) != Some(sum) {
            let shown = total.map_or("—".to_owned(), |t| t.to_string());
            c.add(
                Rule::Dcd22Total,
                "22",
                Some(format!("{shown} ≠ {}.{:02}", sum / 100, (sum % 100).abs())),
            );
        }
    }

    fn check_items(&self, c: &mut Checker, ctx: &Context, opts: &ParseOptions<'_>) {
        for (index, (sheet, item)) in self.items().enumerate() {
            let n = index as u32 + 1;
            let at = (Some(sheet), Some(n));
            let push = |c: &mut Checker, rule, field, detail| c.at(rule, field, detail, at.0, at.1);
            if blank(&item.description) {
                push(c, Rule::Dcd31Required, "31", None);
            } else if is_generic(item, ctx) {
                push(c, Rule::Dcd31Generic, "31", item.description.clone());
            }
            if let Some(k) = &item.containers {
                if k.count != k.numbers.len() as i64 {
                    push(
                        c,
                        Rule::Dcd31Containers,
                        "31",
                        Some(format!("{} ≠ {}", k.count, k.numbers.len())),
                    );
                }
            }
            if item.item_number != Some(i64::from(n)) {
                let shown = item.item_number.map_or("—".to_owned(), |x| x.to_string());
                push(c, Rule::Dcd32Sequence, "32", Some(format!("{shown} ≠ {n}")));
            }
            let code = item.commodity_code.as_deref();
            let code_ok = code.is_some_and(|t| {
                (t.len() == 10 || t.len() == 4) && t.bytes().all(|b| b.is_ascii_digit())
            });
            if !code_ok {
                push(c, Rule::Dcd33Format, "33", code.map(show));
            }
            match item.gross_kg {
                Some(g) if g.is_finite() && g > 0.0 => {
                    // R1 §9 col. 35: over one kilogram, rounded to a whole number.
                    if g > 1.0 && g.fract() != 0.0 {
                        push(c, Rule::Dcd35Rounding, "35", Some(g.to_string()));
                    }
                }
                other => push(c, Rule::Dcd35Positive, "35", other.map(|g| g.to_string())),
            }
            match item.net_kg {
                Some(w) if w.is_finite() && w > 0.0 => {
                    if item.gross_kg.is_some_and(|g| w > g) {
                        let g = item.gross_kg.unwrap_or_default();
                        push(c, Rule::Dcd38GtGross, "38", Some(format!("{w} > {g}")));
                    }
                }
                other => push(c, Rule::Dcd38Positive, "38", other.map(|w| w.to_string())),
            }
            match item.invoice_value {
                Some(v) if v.is_finite() && v >= 0.0 => {}
                other => push(c, Rule::Dcd42Negative, "42", other.map(|v| v.to_string())),
            }
            for entry in &item.documents {
                match DocumentCode::parse(&entry.code) {
                    None => push(c, Rule::Dcd44Code, "44", Some(show(&entry.code))),
                    Some(DocumentCode::Guarantee) => {
                        let number = entry.text.split_whitespace().next().unwrap_or("");
                        self.check_quoted(
                            c,
                            number,
                            NumberKind::Guarantee,
                            Rule::Dcd447B,
                            "44",
                            opts,
                            Some(at),
                        );
                    }
                    Some(DocumentCode::Security) => {
                        let number = entry.text.split_whitespace().next().unwrap_or("");
                        self.check_quoted(
                            c,
                            number,
                            NumberKind::Security,
                            Rule::Dcd447C,
                            "44",
                            opts,
                            Some(at),
                        );
                    }
                    Some(_) => {}
                }
            }
            self.check_statistical_value(c, ctx, item, at);
        }
    }

    /// A number quoted in another column: a text not in the kind's pattern
    /// breaks the column's own rule; a number in the pattern that breaks
    /// another `NUM.*` rule is reported under that rule, on this column.
    #[allow(clippy::too_many_arguments)]
    fn check_quoted(
        &self,
        c: &mut Checker,
        text: &str,
        kind: NumberKind,
        format_rule: Rule,
        field: &'static str,
        opts: &ParseOptions<'_>,
        at: Option<(Option<u32>, Option<u32>)>,
    ) {
        let (sheet, item) = at.unwrap_or((None, None));
        if let Err(e) = parse_number(kind, text, opts) {
            if e.rule() == Rule::NumFormat {
                c.at(format_rule, field, Some(show(text)), sheet, item);
            } else {
                c.number_error(&e, field, sheet, item);
            }
        }
    }

    fn check_statistical_value(
        &self,
        c: &mut Checker,
        ctx: &Context,
        item: &Item,
        at: (Option<u32>, Option<u32>),
    ) {
        let (Some(usd), Some(stat), Some(value)) =
            (ctx.usd_rate, item.statistical_value, item.invoice_value)
        else {
            return;
        };
        let currency = self.invoice.as_ref().and_then(|i| i.currency.as_deref());
        // Column 46 is column 42 in US dollars at the rate of the acceptance date.
        let expected = if currency == Some("840") {
            value
        } else {
            match self.exchange_rate {
                Some(rate) if rate.is_finite() && rate > 0.0 => value * rate / usd,
                _ => return,
            }
        };
        if (hundredths(stat) - hundredths(expected)).abs() > 1 {
            c.at(
                Rule::Dcd46Mismatch,
                "46",
                Some(format!("{stat} ≠ {:.2}", expected)),
                at.0,
                at.1,
            );
        }
    }

    fn check_column_50(
        &self,
        c: &mut Checker,
        ctx: &Context,
        registered: Option<RegistrationNumber>,
        distance: Option<Distance>,
    ) -> Result<(), Error> {
        let none = Principal::default();
        let p = self.principal.as_ref().unwrap_or(&none);
        if blank(&p.carrier) {
            c.add(Rule::Dcd50Carrier, "50", ());
        }
        match (p.deadline, registered, distance) {
            (None, _, _) => c.add(Rule::Dcd50Deadline, "50", ()),
            (Some(deadline), Some(number), Some(distance)) => {
                let report = check_deadline(number.date(), distance, deadline, ctx.convention)?;
                for v in report.violations() {
                    c.report.push(
                        Violation {
                            field: Cow::Borrowed("50"),
                            ..v.clone()
                        }
                        .with_source("R1 §9 col. 50; R1 §19"),
                    );
                }
            }
            _ => {}
        }
        if ctx.eseal_departure && ctx.eseal_destination && blank(&p.eseal) {
            c.add(Rule::Dcd50Eseal, "50", ());
        }
        Ok(())
    }

    fn check_capitals(&self, c: &mut Checker) {
        let mut check = |field: &'static str, text: Option<&str>, sheet, item| {
            if let Some(t) = text {
                if has_lowercase(t) {
                    c.at(Rule::DcdTextUppercase, field, Some(show(t)), sheet, item);
                }
            }
        };
        check("2", self.consignor.as_deref(), None, None);
        if let Some(x) = &self.consignee {
            check("8", x.name_address.as_deref(), None, None);
        }
        if let Some(v) = &self.vehicle_at_departure {
            check("18", v.details.as_deref(), None, None);
        }
        if let Some(v) = &self.vehicle_at_border {
            check("21", v.details.as_deref(), None, None);
        }
        check("29", self.border_office.as_deref(), None, None);
        for (index, (sheet, item)) in self.items().enumerate() {
            let n = Some(index as u32 + 1);
            check("31", item.description.as_deref(), Some(sheet), n);
            // §8 names column 44 among the columns printed in capitals.
            for entry in &item.documents {
                check("44", Some(&entry.text), Some(sheet), n);
            }
        }
        if let Some(o) = &self.destination_office {
            check("53", o.name.as_deref(), None, None);
        }
        if let Some(p) = &self.place_and_date {
            check("54", p.place.as_deref(), None, None);
        }
        check("A", self.delivery_address.as_deref(), None, None);
    }
}

fn check_vehicle(
    c: &mut Checker,
    vehicle: &Option<Vehicle>,
    count_rule: Rule,
    country_rule: Rule,
    field: &'static str,
) {
    let none = Vehicle::default();
    let v = vehicle.as_ref().unwrap_or(&none);
    match v.count {
        Some(n) if n >= 1 => {}
        other => c.add(count_rule, field, other.map(|n| n.to_string())),
    }
    let country = v.country.as_deref();
    if country
        .and_then(reference::country_by_numeric_code)
        .is_none()
    {
        c.add(country_rule, field, country.map(show));
    }
}

/// Whether the description is only the general name of its heading, in the
/// caller's nomenclature (compared in capitals, with runs of spaces folded).
fn is_generic(item: &Item, ctx: &Context) -> bool {
    let (Some(desc), Some(code)) = (item.description.as_deref(), item.commodity_code.as_deref())
    else {
        return false;
    };
    let Some(heading) = code.get(..4).and_then(|h| ctx.headings.get(h)) else {
        return false;
    };
    fold(desc) == fold(heading)
}

fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// Whether the text has a lower-case letter. A single pass over the bytes
/// clears capital-letter Russian and ASCII text without decoding it: no
/// ASCII `a`–`z`, no byte `B0`–`BF` (the second byte of Russian `а`–`п`),
/// and no lead byte but `D0` (which starts `Ѐ`–`Я` and `а`–`п` only). Any
/// other text (Kazakh letters, `«»`, `№`, …) is decoded and each character
/// asked.
fn has_lowercase(text: &str) -> bool {
    let suspicious = text.bytes().fold(0u8, |acc, x| {
        acc | u8::from(x.wrapping_sub(b'a') < 26)
            | u8::from(x.wrapping_sub(0xB0) < 16)
            | (u8::from(x >= 0xC0) & u8::from(x != 0xD0))
    });
    suspicious != 0 && text.chars().any(is_lowercase)
}

/// Whether a character is a lower-case letter; the Cyrillic block (Kazakh
/// and Russian letters) is decided by its layout without a table look-up.
fn is_lowercase(c: char) -> bool {
    let cp = u32::from(c);
    match cp {
        0..=0x7F => c.is_ascii_lowercase(),
        0x0400..=0x042F => false,
        0x0430..=0x045F => true,
        // pairs with the capital on the even code point
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF => cp % 2 == 1,
        0x04C0 => false,
        // pairs with the capital on the odd code point
        0x04C1..=0x04CE => cp % 2 == 0,
        0x04CF => true,
        _ => c.is_lowercase(),
    }
}

/// Puts text in capital letters as §8 requires, for Kazakh and Russian
/// letters alike (`ә`→`Ә`, `і`→`І`, `ү`→`Ү`, `ё`→`Ё`, …).
///
/// ```
/// use kazcustoms_core::dcd::uppercase;
/// assert_eq!(uppercase("Әлихан, қазақ тілі, ёлка, №5"), "ӘЛИХАН, ҚАЗАҚ ТІЛІ, ЁЛКА, №5");
/// ```
pub fn uppercase(text: &str) -> String {
    text.to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::is_lowercase;

    #[test]
    fn byte_prefilter_agrees_with_unicode() {
        for cp in 0u32..0x3000 {
            if let Some(c) = char::from_u32(cp) {
                for text in [format!("AБ{c}Ә"), format!("{c}"), format!("1 {c}Я")] {
                    assert_eq!(
                        super::has_lowercase(&text),
                        text.chars().any(char::is_lowercase),
                        "U+{cp:04X} in {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn cyrillic_case_table_agrees_with_unicode() {
        for cp in 0u32..0x0530 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_lowercase(c), c.is_lowercase(), "U+{cp:04X} {c}");
            }
        }
    }
}
