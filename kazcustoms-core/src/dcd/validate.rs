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
//! * Column 3: a gap in the ordinals is reported only when every sheet has an
//!   ordinal within its own total and none repeats; otherwise the missing or
//!   out-of-range ordinal is reported under its own rule.
//! * Column 6 against column 31: a container listed on several items counts
//!   once; column 6 equals the containers when every item is in containers,
//!   and is at least their number when only some are.
//! * Column 44 gives code `2` on every goods item (§8 lists its items 2 and
//!   7 among the filled columns); 7B and 7C are cross-checked only against a
//!   readable column 53 / column 7; a 7C date may be `DD.MM.YYYY` or
//!   `YYYY-MM-DD`.
//! * Net weight may exceed a whole-kilogram gross weight over 1 kg by up to
//!   0.5 kg (the gross was rounded, R1 §9 col. 35).

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::check::{blank, show, Checker};
use crate::context::Context;
use crate::dcd::model::{ordinal, same_letters, Dcd, DocumentCode, Item, Principal, Vehicle};
use crate::dcd::Direction;
use crate::deadline::{check_deadline, Distance};
use crate::error::Input;
use crate::numbers::{parse_number, Code, NumberKind, ParseOptions, RegistrationNumber};
use crate::quantity::{self, unrepresentable, written, Sum};
use crate::reference;
use crate::report::{Report, Violation};
use crate::rules::Rule;
use crate::security::link;
use crate::text::Text;
use crate::Error;

impl Dcd<'_> {
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
        let opts = ctx.parse_options();
        let mut c = Checker {
            report: Report::new(),
        };
        self.check_column_1(&mut c);
        if blank(&self.consignor) {
            c.add(Rule::Dcd2Required, "2", ());
        }
        self.check_sheets(&mut c);
        if let Some(n) = self.loading_lists {
            if n <= 0 || n > quantity::MAX_COUNT {
                c.add(Rule::Dcd4Range, "4", Some(n.to_string()));
            }
        }
        let item_count = self.items().count();
        match self.total_items {
            Some(n) if usize::try_from(n).is_ok_and(|n| n == item_count) => {}
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
            Some(n) if n > quantity::MAX_COUNT => c.add(Rule::Dcd6Range, "6", Some(n.to_string())),
            Some(n) if self.bulk_cargo && n != 0 => c.add(Rule::Dcd6Bulk, "6", Some(n.to_string())),
            Some(0) if !self.bulk_cargo => c.add(Rule::Dcd6Zero, "6", Some("0".to_owned())),
            Some(n) => self.check_containers(&mut c, n),
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
            c.quoted(text, NumberKind::Escort, Rule::Dcd9Format, "9", &opts);
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
        self.check_invoice(&mut c)?;
        match self.exchange_rate {
            Some(r) if quantity::RATE.contains(r) => {}
            Some(r) if r > 0.0 => c.add(Rule::Dcd23Range, "23", Some(written(r))),
            other => c.add(Rule::Dcd23Positive, "23", other.map(|r| r.to_string())),
        }
        let mode = self.transport_mode.as_deref();
        if mode.and_then(reference::transport_mode_by_code).is_none() {
            c.add(Rule::Dcd25Code, "25", mode.map(show));
        }
        if blank(&self.border_office) {
            c.add(Rule::Dcd29Required, "29", ());
        }
        self.check_items(&mut c, ctx, &opts, registered.as_ref());
        self.check_security_links(&mut c, ctx, &opts, registered.as_ref());
        self.check_column_50(&mut c, ctx, registered, distance)?;
        self.check_column_53(&mut c, ctx);
        let place = self.place_and_date.as_ref();
        if place.is_none_or(|p| blank(&p.place) || p.date.is_none()) {
            c.add(Rule::Dcd54Required, "54", ());
        }
        if blank(&self.delivery_address) {
            c.add(Rule::DcdARequired, "A", ());
        }
        for (column, value) in &self.other_columns {
            if !value.trim().is_empty() {
                c.add(Rule::DcdColumnsExtra, "other_columns", Some(column.to_string()));
            }
        }
        self.check_capitals(&mut c);
        if let Some(identification) = &self.identification {
            let abroad = self
                .declaration_type
                .direction
                .as_deref()
                .and_then(Direction::from_code)
                == Some(Direction::ForeignTerritory);
            for v in identification.check("identification", abroad).violations() {
                c.report.push(v.clone());
            }
        }
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
        let third = t.third.as_deref().unwrap_or_default();
        if !["ЖБҚ", "ДКД"].iter().any(|code| same_letters(code, third)) {
            c.add(Rule::Dcd1Third, "1", t.third.as_deref().map(show));
        }
    }

    fn check_sheets(&self, c: &mut Checker) {
        // Column 3 must be filled only where additional sheets are used, but
        // where it is filled it must be right.
        let count = self.sheets.len();
        // The ordinals that can be compared (1 ≤ ordinal ≤ its own total):
        // a sheet without column 3 or out of range is reported under
        // DCD.3.MISSING / DCD.3.RANGE, not again as a gap.
        let mut ordinals = Vec::with_capacity(self.sheets.len());
        for (i, sheet) in self.sheets.iter().enumerate() {
            let s = Some(ordinal(i));
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
                    } else {
                        ordinals.push((i, f.sheet));
                    }
                    if usize::try_from(f.total).ok() != Some(count) {
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
        self.check_ordinals(c, &ordinals);
    }

    /// R1 §9 col. 3: the sheets are numbered 1…N (N the sheets presented),
    /// each ordinal once, the main sheet first. `ordinals` holds (index,
    /// ordinal) for the sheets whose column 3 is in its own range.
    fn check_ordinals(&self, c: &mut Checker, ordinals: &[(usize, i64)]) {
        let n = self.sheets.len();
        if ordinals.is_empty() {
            return;
        }
        let mut seen = vec![false; n];
        let mut repeated = false;
        for &(i, ordinal) in ordinals {
            let s = Some(self::ordinal(i));
            let slot = ordinal
                .checked_sub(1)
                .and_then(|k| usize::try_from(k).ok())
                .filter(|&k| k < n);
            match slot {
                Some(k) if seen[k] => {
                    let detail = Text::new(
                        format!("{ordinal} қайталанады"),
                        format!("{ordinal} повторяется"),
                        format!("{ordinal} repeated"),
                    );
                    c.at(Rule::Dcd3Ordinal, "3", detail, s, None);
                    repeated = true;
                }
                Some(k) => seen[k] = true,
                None => {}
            }
            if i == 0 && ordinal != 1 {
                let detail = Text::new(
                    format!("негізгі парақ: {ordinal} ≠ 1"),
                    format!("основной лист: {ordinal} ≠ 1"),
                    format!("main sheet: {ordinal} ≠ 1"),
                );
                c.at(Rule::Dcd3Ordinal, "3", detail, s, None);
            }
        }
        // A gap no other report explains: every sheet has an ordinal in its
        // range and none repeats, yet one is above the sheets presented.
        if repeated || ordinals.len() < n {
            return;
        }
        let missing: Vec<String> = seen
            .iter()
            .enumerate()
            .filter(|&(_, &seen)| !seen)
            .map(|(k, _)| ordinal(k).to_string())
            .collect();
        if !missing.is_empty() {
            let list = missing.join(", ");
            let detail = Text::new(
                format!("жоқ: {list}"),
                format!("нет: {list}"),
                format!("missing: {list}"),
            );
            c.add(Rule::Dcd3Ordinal, "3", detail);
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

    /// Column 22: the currency, and the total against the sum of column 42
    /// (exact, in hundredths). A total or a column 42 value out of the range
    /// of an amount is reported under its `RANGE` rule and leaves the sum
    /// unknown: the total is then not compared.
    fn check_invoice(&self, c: &mut Checker) -> Result<(), Error> {
        let invoice = self.invoice.as_ref();
        let currency = invoice.and_then(|i| i.currency.as_deref());
        if currency
            .and_then(reference::currency_by_numeric_code)
            .is_none()
        {
            c.add(Rule::Dcd22Currency, "22", currency.map(show));
        }
        let total = invoice.and_then(|i| i.total);
        if let Some(t) = total.filter(|&t| !quantity::AMOUNT.contains(t)) {
            c.add(Rule::Dcd22Range, "22", Some(written(t)));
            return Ok(());
        }
        let mut sum = Sum::hundredths();
        for (s, sheet) in self.sheets.iter().enumerate() {
            for (i, item) in sheet.items.iter().enumerate() {
                let Some(v) = item.invoice_value else {
                    continue;
                };
                // Out of range (reported under DCD.42.RANGE): the sum is not known.
                if !quantity::AMOUNT.bounded(v) {
                    return Ok(());
                }
                sum.add(v).map_err(|_| {
                    let path = format!("document.sheets[{s}].items[{i}].invoice_value");
                    unrepresentable(Input::Document, path)
                })?;
            }
        }
        let total_units = total
            .map(|t| sum.units_of(t))
            .transpose()
            .map_err(|_| unrepresentable(Input::Document, "document.invoice.total".to_owned()))?;
        if total_units != Some(sum.units()) {
            let shown = total.map_or("—".to_owned(), |t| t.to_string());
            c.add(
                Rule::Dcd22Total,
                "22",
                Some(format!("{shown} ≠ {}", sum.written())),
            );
        }
        Ok(())
    }

    fn check_items(
        &self,
        c: &mut Checker,
        ctx: &Context,
        opts: &ParseOptions<'_>,
        registered: Option<&RegistrationNumber>,
    ) {
        for (index, (sheet, item)) in self.items().enumerate() {
            let n = ordinal(index);
            let at = (Some(sheet), Some(n));
            let push = |c: &mut Checker, rule, field, detail| c.at(rule, field, detail, at.0, at.1);
            if blank(&item.description) {
                push(c, Rule::Dcd31Required, "31", None);
            } else if is_generic(item, ctx) {
                push(c, Rule::Dcd31Generic, "31", item.description.as_deref().map(str::to_owned));
            }
            if let Some(k) = &item.containers {
                if usize::try_from(k.count).ok() != Some(k.numbers.len()) {
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
            // Weights and values out of their ranges (crate::quantity) are
            // reported and take part in no comparison.
            let gross = match item.gross_kg {
                Some(g) if quantity::WEIGHT_KG.contains(g) => {
                    // R1 §9 col. 35: over one kilogram, rounded to a whole number.
                    if g > 1.0 && g.fract() != 0.0 {
                        push(c, Rule::Dcd35Rounding, "35", Some(g.to_string()));
                    }
                    Some(g)
                }
                Some(g) if g > 0.0 => {
                    push(c, Rule::Dcd35Range, "35", Some(written(g)));
                    None
                }
                other => {
                    push(c, Rule::Dcd35Positive, "35", other.map(written));
                    // A gross weight of zero or below is still below a net weight.
                    other.filter(|&g| quantity::WEIGHT_KG.bounded(g))
                }
            };
            match item.net_kg {
                Some(w) if quantity::WEIGHT_KG.contains(w) => {
                    if let Some(g) = gross.filter(|&g| w > g + rounding(g)) {
                        push(c, Rule::Dcd38GtGross, "38", Some(format!("{w} > {g}")));
                    }
                }
                Some(w) if w > 0.0 => push(c, Rule::Dcd38Range, "38", Some(written(w))),
                other => push(c, Rule::Dcd38Positive, "38", other.map(written)),
            }
            match item.invoice_value {
                Some(v) if quantity::AMOUNT.contains(v) => {}
                Some(v) if v > 0.0 => push(c, Rule::Dcd42Range, "42", Some(written(v))),
                other => push(c, Rule::Dcd42Negative, "42", other.map(written)),
            }
            self.check_column_44(c, item, opts, registered, at);
            self.check_statistical_value(c, ctx, item, at);
        }
    }

    /// Column 44 of one item (R1 §8: its items 2 and 7 are filled): the
    /// transport document is required; a guarantee (7B) is checked against
    /// the destination office (R1 §18) and the DCD's registration (R1 §25),
    /// a security document (7C) against the date its number carries.
    fn check_column_44(
        &self,
        c: &mut Checker,
        item: &Item,
        opts: &ParseOptions<'_>,
        registered: Option<&RegistrationNumber>,
        at: (Option<u32>, Option<u32>),
    ) {
        let mut transport = false;
        for entry in &item.documents {
            let code = DocumentCode::parse(&entry.code);
            let mut words = entry.text.split_whitespace();
            let number = words.next().unwrap_or("");
            match code {
                None => c.at(Rule::Dcd44Code, "44", Some(show(&entry.code)), at.0, at.1),
                Some(DocumentCode::TransportDocument) => transport |= !number.is_empty(),
                Some(DocumentCode::Guarantee) => {
                    let kind = NumberKind::Guarantee;
                    if let Some(n) = c.quoted_at(number, kind, Rule::Dcd447B, "44", opts, at) {
                        self.check_guarantee(c, &n, registered, at);
                    }
                }
                Some(DocumentCode::Security) => {
                    let kind = NumberKind::Security;
                    if let Some(n) = c.quoted_at(number, kind, Rule::Dcd447C, "44", opts, at) {
                        let written = words.find_map(written_date);
                        if written != Some(n.date()) {
                            let shown = written.map_or("—".to_owned(), |d| d.to_string());
                            let detail = format!("{shown} ≠ {}", n.date());
                            c.at(Rule::Dcd447CDate, "44", Some(detail), at.0, at.1);
                        }
                    }
                }
                Some(DocumentCode::Invoice | DocumentCode::CarrierLicence) => {}
            }
        }
        if !transport {
            c.at(Rule::Dcd44Required, "44", (), at.0, at.1);
        }
    }

    /// The security documents cited in column 44 (7C), each number once at
    /// its first place, checked against the related documents the caller
    /// gave (`security_documents`, [`crate::security`]): same number, date
    /// and office (`SEC.LINK.*`), a reverse side naming this DCD
    /// (`SEC.REVERSE.DCD_MATCH`), and column 22 covered (`SEC.LINK.AMOUNT`).
    /// A 7C number that does not read is reported by column 44 itself.
    fn check_security_links(
        &self,
        c: &mut Checker,
        ctx: &Context,
        opts: &ParseOptions<'_>,
        registered: Option<&RegistrationNumber>,
    ) {
        if ctx.security_documents.is_empty() {
            return;
        }
        let mut seen: Vec<RegistrationNumber> = Vec::new();
        for (index, (sheet, item)) in self.items().enumerate() {
            let at = ("44", Some(sheet), Some(ordinal(index)));
            for entry in &item.documents {
                if DocumentCode::parse(&entry.code) != Some(DocumentCode::Security) {
                    continue;
                }
                let text = entry.text.split_whitespace().next().unwrap_or("");
                let Ok(cited) = parse_number(NumberKind::Security, text, opts) else {
                    continue;
                };
                if seen.contains(&cited) {
                    continue;
                }
                seen.push(cited);
                let docs = &ctx.security_documents;
                let Some(doc) = link::related(c, docs, &cited, opts, at) else {
                    continue;
                };
                if let Some(dcd) = registered {
                    link::reverse_names(c, doc, dcd, opts, at);
                }
                link::covers(c, doc, self.invoice.as_ref());
            }
        }
    }

    /// A guarantee obligation quoted in column 44 (7B): issued for the
    /// destination office of column 53 (its number carries the first three
    /// digits of that office's code, R1 §18) and taken at departure, so
    /// registered no later than the DCD (R1 §25). Each check needs the other
    /// side to be readable: a missing or malformed column 53 or 7 is
    /// reported under its own rule.
    fn check_guarantee(
        &self,
        c: &mut Checker,
        guarantee: &RegistrationNumber,
        registered: Option<&RegistrationNumber>,
        at: (Option<u32>, Option<u32>),
    ) {
        let destination = self
            .destination_office
            .as_ref()
            .and_then(|o| o.code.as_deref())
            .and_then(|code| Code::parse(code.trim(), 5));
        if let (Some(prefix), Some(office)) = (guarantee.office_prefix(), destination) {
            if prefix.value() != office.value() / 100 {
                let detail = format!("{prefix} ≠ {}", &office.to_string()[..3]);
                c.at(Rule::Dcd447BOffice, "44", Some(detail), at.0, at.1);
            }
        }
        if let Some(dcd) = registered {
            if guarantee.date() > dcd.date() {
                let detail = format!("{} > {}", guarantee.date(), dcd.date());
                c.at(Rule::Dcd447BDate, "44", Some(detail), at.0, at.1);
            }
        }
    }

    /// Column 53: the destination office's name and its 5-digit code (R1 §9
    /// col. 53); with the caller's office directory, a code it lists.
    fn check_column_53(&self, c: &mut Checker, ctx: &Context) {
        let dest = self.destination_office.as_ref();
        if dest.is_none_or(|o| blank(&o.name) || blank(&o.code)) {
            c.add(Rule::Dcd53Required, "53", ());
        }
        let Some(text) = dest
            .and_then(|o| o.code.as_deref())
            .filter(|t| !t.trim().is_empty())
        else {
            return;
        };
        let known = Code::parse(text, 5).is_some_and(|code| {
            !code.is_zero()
                && ctx
                    .offices
                    .as_ref()
                    .is_none_or(|d| d.contains(code.value()))
        });
        if !known {
            c.add(Rule::Dcd53Code, "53", Some(show(text)));
        }
    }

    /// Column 6 against column 31 (R1 §9 col. 6): goods in containers count
    /// their containers. Where every item gives its containers, column 6 is
    /// their number; where only some do, the other goods have packages of
    /// their own and column 6 is at least the number of containers. A
    /// container that carries goods of several items (its number given on
    /// each) counts once. An item's listed numbers are its containers; its
    /// count is used only where it lists none (a count that differs from the
    /// numbers is `DCD.31.CONTAINERS`, not counted twice).
    fn check_containers(&self, c: &mut Checker, packages: i64) {
        let mut numbers = std::collections::HashSet::new();
        let mut unnumbered: i128 = 0;
        let (mut all, mut any) = (true, false);
        for (_, item) in self.items() {
            let Some(k) = &item.containers else {
                all = false;
                continue;
            };
            any = true;
            numbers.extend(k.numbers.iter().map(|n| n.trim()));
            // A count out of its range is reported under DCD.31.CONTAINERS
            // (it differs from the numbers listed) and counts as none here.
            if k.numbers.is_empty() && quantity::count_in_range(k.count) {
                unnumbered = unnumbered.saturating_add(i128::from(k.count));
            }
        }
        // At most `limits.items` terms of at most 10^9 each: the sum is far
        // inside i128 and never saturates.
        let count = i128::try_from(numbers.len())
            .unwrap_or(i128::MAX)
            .saturating_add(unnumbered);
        let packages = i128::from(packages);
        if any && ((all && packages != count) || packages < count) {
            let sign = if packages < count { "<" } else { "≠" };
            c.add(
                Rule::Dcd6Containers,
                "6",
                Some(format!("{packages} {sign} {count}")),
            );
        }
    }

    fn check_statistical_value(
        &self,
        c: &mut Checker,
        ctx: &Context,
        item: &Item,
        at: (Option<u32>, Option<u32>),
    ) {
        let Some(stat) = item.statistical_value else {
            return;
        };
        if !quantity::AMOUNT.bounded(stat) {
            c.at(Rule::Dcd46Range, "46", Some(written(stat)), at.0, at.1);
            return;
        }
        // The option usd_rate is in RATE (an input error otherwise); a
        // column 42 value or a column 23 rate out of its range is reported
        // there and not converted.
        let (Some(usd), Some(value)) = (ctx.usd_rate, item.invoice_value) else {
            return;
        };
        if !quantity::AMOUNT.bounded(value) {
            return;
        }
        let currency = self.invoice.as_ref().and_then(|i| i.currency.as_deref());
        // Column 46 is column 42 in US dollars at the rate of the acceptance date.
        let expected = if currency == Some("840") {
            value
        } else {
            match self.exchange_rate {
                Some(rate) if quantity::RATE.contains(rate) => value * rate / usd,
                _ => return,
            }
        };
        // Within the ranges, `expected` is at most 10^13 × 10^6 / 10^-6 =
        // 10^25: finite, and compared in hundredths as a double.
        let hundredths = |x: f64| (x * 100.0).round();
        if (hundredths(stat) - hundredths(expected)).abs() > 1.0 {
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
        if blank(&p.undertaking) {
            c.add(Rule::Dcd50Undertaking, "50", ());
        }
        let missing: Vec<[&str; 3]> = [
            (blank(&p.representative), ["аты-жөні", "фамилия", "name"]),
            (!p.signed, ["қолы", "подпись", "signature"]),
        ]
        .into_iter()
        .filter_map(|(missing, words)| missing.then_some(words))
        .collect();
        if !missing.is_empty() {
            let join = |lang: usize| {
                missing
                    .iter()
                    .map(|w| w[lang])
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let detail = Text::new(
                format!("жоқ: {}", join(0)),
                format!("нет: {}", join(1)),
                format!("missing: {}", join(2)),
            );
            c.add(Rule::Dcd50Representative, "50", detail);
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
            let n = Some(ordinal(index));
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

/// How far a net weight may exceed its gross weight: a gross weight over one
/// kilogram written as a whole number was rounded (R1 §9 col. 35, half up),
/// so the true gross may be up to 0.5 kg more than written and a net weight
/// within that is not above it; any other gross weight is compared as
/// declared.
fn rounding(gross: f64) -> f64 {
    if gross > 1.0 && gross.fract() == 0.0 {
        0.5
    } else {
        0.0
    }
}

/// A date written in column 44 after a number: `DD.MM.YYYY` (as documents
/// write it) or `YYYY-MM-DD`, ignoring punctuation around it.
fn written_date(word: &str) -> Option<NaiveDate> {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    let strict = |fmt: &str, len: usize| {
        (word.len() == len)
            .then(|| NaiveDate::parse_from_str(word, fmt).ok())
            .flatten()
    };
    strict("%d.%m.%Y", 10).or_else(|| crate::dates::parse_date(word))
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
