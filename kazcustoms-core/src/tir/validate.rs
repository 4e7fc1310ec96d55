//! The checks of a TIR carnet used as a DCD (R1 §59–§69). The readings
//! chosen are in the docs of [`crate::tir`].

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::deadline::check_deadline;
use crate::numbers::CarnetNumber;
use crate::reference;
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::tir::lifecycle::TirState;
use crate::tir::model::{
    Certification, CounterfoilOne, CounterfoilTwo, DestinationFacts, OfficialUse,
    PresentedDocuments, Seals, TirCarnet, Voucher, VoucherDestination, VoucherSet,
};
use crate::Error;

/// A part of a form that is missing, in kk, ru, en.
type Part = (&'static str, &'static str, &'static str);

/// "missing: a, b" in each language, or `None` for no missing part.
fn missing(parts: &[Part]) -> Option<Text> {
    if parts.is_empty() {
        return None;
    }
    let join = |f: fn(&Part) -> &'static str| parts.iter().map(f).collect::<Vec<_>>().join(", ");
    Some(Text::new(
        format!("жоқ: {}", join(|p| p.0)),
        format!("нет: {}", join(|p| p.1)),
        format!("missing: {}", join(|p| p.2)),
    ))
}

const DATE: Part = ("күні", "дата", "date");
const SIGNATURE: Part = ("қолы", "подпись", "signature");
const SEAL: Part = ("ЖНМ", "ЛНП", "personal numbered seal");

/// The parts of a date, signature and personal seal box that are missing
/// (all of them for a box not filled).
fn certification_gaps(c: Option<&Certification>) -> Vec<Part> {
    let Some(c) = c else {
        return vec![DATE, SIGNATURE, SEAL];
    };
    let mut parts = Vec::new();
    if c.date.is_none() {
        parts.push(DATE);
    }
    if !c.signed {
        parts.push(SIGNATURE);
    }
    if blank(&c.personal_seal) {
        parts.push(SEAL);
    }
    parts
}

/// A text as compared between boxes: trimmed, `None` when blank.
fn filled(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// Whether two seal boxes name the same seals (identifiers compared
/// trimmed, in order).
fn same_seals(a: &Seals, b: &Seals) -> bool {
    a.count == b.count
        && a.numbers.len() == b.numbers.len()
        && a.numbers
            .iter()
            .zip(&b.numbers)
            .all(|(x, y)| x.trim() == y.trim())
}

/// How a seal box is written: `n: a, b`.
fn seals_text(s: &Seals) -> String {
    let numbers: Vec<&str> = s.numbers.iter().map(|n| n.trim()).collect();
    show(&format!("{}: {}", s.count, numbers.join(", ")))
}

/// Whether a reservation is written as R1 §67 asks: the Latin letter `R`,
/// not run into a word, then a description of the violation.
///
/// ```
/// use kazcustoms_core::tir::is_reservation;
/// assert!(is_reservation("R пломба № 2 бүлінген"));
/// assert!(is_reservation("R: delivery term broken"));
/// assert!(!is_reservation("R"));
/// assert!(!is_reservation("Р пломба бүлінген")); // Cyrillic Р
/// assert!(!is_reservation("RUPTURED SEAL"));
/// assert!(!is_reservation("пломба бүлінген"));
/// ```
pub fn is_reservation(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix('R') else {
        return false;
    };
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    rest.chars().any(char::is_alphanumeric)
}

/// The two vouchers of a set, named as in the violations' fields.
fn vouchers(set: &VoucherSet) -> [(&'static str, Option<&Voucher>); 2] {
    [("white", set.white.as_ref()), ("green", set.green.as_ref())]
}

/// `"white.16"` and the like: the field of a box of a voucher.
fn field(colour: &'static str, boxes: [&'static str; 2], green: &'static str) -> &'static str {
    match colour {
        "white" => boxes[0],
        "green" => boxes[1],
        _ => green,
    }
}

impl TirCarnet {
    /// Checks the carnet for its state (default `accepted`) and returns every
    /// violation: what the departure office checks and writes once the
    /// carnet is accepted, what the destination office writes once the TIR
    /// operation is terminated (fully or in part), the certificate and the
    /// stamp once it is discharged.
    ///
    /// # Errors
    ///
    /// An input error from the box 20 limit check (a deadline beyond the
    /// supported calendar).
    ///
    /// ```
    /// use kazcustoms_core::tir::TirCarnet;
    /// use kazcustoms_core::Context;
    /// let report = TirCarnet::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"TIR.NUMBER.REQUIRED"));
    /// assert!(report.rule_ids().contains(&"TIR.VOUCHERS"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let state = self.state.unwrap_or(TirState::Accepted);
        let mut c = Checker::new();
        self.check_number(&mut c);
        self.check_documents(&mut c, state);
        self.check_cover(&mut c);
        let designated = self.check_sets(&mut c);
        if state.accepted() {
            self.check_every_voucher(&mut c);
            if let Some((sheet, set)) = designated {
                check_departure_set(&mut c, ctx, sheet, set)?;
            }
        }
        if let Some((sheet, set)) = designated {
            check_reservation_format(&mut c, sheet, set);
            if state == TirState::Arrived {
                check_not_terminated(&mut c, sheet, set);
            }
            if state.terminated() {
                let facts = self.destination.clone().unwrap_or_default();
                self.check_termination(&mut c, state, sheet, set, &facts);
            }
        }
        if state == TirState::Discharged {
            let facts = self.destination.clone().unwrap_or_default();
            if blank(&facts.certificate) {
                c.add(Rule::TirCert, "destination.certificate", ());
            }
            if !facts.stamp_figure_2 {
                c.add(Rule::TirStamp, "destination.stamp_figure_2", ());
            }
        }
        Ok(c.report)
    }

    fn check_number(&self, c: &mut Checker) {
        match self.number.as_deref() {
            None => c.add(Rule::TirNumberRequired, "number", ()),
            Some(t) if t.trim().is_empty() => c.add(Rule::TirNumberRequired, "number", ()),
            Some(t) if CarnetNumber::parse(t).is_none() => {
                c.add(Rule::TirNumberFormat, "number", Some(same(show(t))));
            }
            Some(_) => {}
        }
    }

    fn check_documents(&self, c: &mut Checker, state: TirState) {
        let d = self.documents.clone().unwrap_or_default();
        let PresentedDocuments {
            carnet,
            approval_certificate,
            transport_documents,
            certified,
        } = d;
        let mut parts = Vec::new();
        if !carnet {
            parts.push(("ХЖТ кітапшасы", "книжка МДП", "the TIR carnet"));
        }
        if !approval_certificate {
            parts.push((
                "көлік құралын жіберу туралы куәлік",
                "свидетельство о допущении транспортного средства",
                "the vehicle approval certificate",
            ));
        }
        if !transport_documents {
            parts.push((
                "тауаркөліктік және коммерциялық құжаттар",
                "товаротранспортные и коммерческие документы",
                "the transport and commercial documents",
            ));
        }
        if let Some(detail) = missing(&parts) {
            c.add(Rule::TirDocs, "documents", detail);
        }
        if state.accepted() && !certified {
            c.add(Rule::TirDocsCertified, "documents.certified", ());
        }
    }

    fn check_cover(&self, c: &mut Checker) {
        let Some(cover) = &self.cover else {
            c.add(
                Rule::TirCover,
                "cover",
                Text::new("мұқаба жоқ", "нет обложки", "no cover"),
            );
            return;
        };
        let empty: Vec<String> = cover
            .boxes()
            .iter()
            .filter(|(_, text)| blank(text))
            .map(|(n, _)| n.to_string())
            .collect();
        let mut kk = Vec::new();
        let mut ru = Vec::new();
        let mut en = Vec::new();
        if !empty.is_empty() {
            let list = empty.join(", ");
            kk.push(format!("бос бағандар {list}"));
            ru.push(format!("пустые графы {list}"));
            en.push(format!("empty boxes {list}"));
        }
        if !cover.yellow_sheet {
            kk.push("«үзілмейтін сары» парақ жоқ".to_owned());
            ru.push("нет неотрывного жёлтого листа".to_owned());
            en.push("no yellow sheet".to_owned());
        }
        if !en.is_empty() {
            c.add(
                Rule::TirCover,
                "cover",
                Text::new(kk.join("; "), ru.join("; "), en.join("; ")),
            );
        }
    }

    /// `TIR.VOUCHERS`; the departure set (1-based) when the carnet has it.
    fn check_sets(&self, c: &mut Checker) -> Option<(u32, &VoucherSet)> {
        let whites = self.sets.iter().filter(|s| s.white.is_some()).count();
        let greens = self.sets.iter().filter(|s| s.green.is_some()).count();
        let mut parts = Vec::new();
        if whites == 0 {
            parts.push(("«ақ (№ 1)» парақ", "белый лист (№ 1)", "a white voucher No. 1"));
        }
        if greens == 0 {
            parts.push(("«жасыл (№ 2)» парақ", "зелёный лист (№ 2)", "a green voucher No. 2"));
        }
        if let Some(detail) = missing(&parts) {
            c.add(Rule::TirVouchers, "sets", detail);
        }
        let k = self.departure_set.unwrap_or(1);
        let set = usize::try_from(k)
            .ok()
            .and_then(|k| k.checked_sub(1))
            .and_then(|i| self.sets.get(i));
        if set.is_none() && !self.sets.is_empty() {
            c.add(
                Rule::TirVouchers,
                "departure_set",
                Text::new(
                    format!("{k}-жинақ кітапшада жоқ"),
                    format!("набора {k} нет в книжке"),
                    format!("the carnet has no set {k}"),
                ),
            );
        }
        set.map(|s| (k, s))
    }

    /// Boxes 16 and 17 on every voucher (R1 §62), and the seals of box 16
    /// the same on every voucher.
    fn check_every_voucher(&self, c: &mut Checker) {
        let reference = self
            .sets
            .get(
                usize::try_from(self.departure_set.unwrap_or(1))
                    .unwrap_or(0)
                    .saturating_sub(1),
            )
            .and_then(|s| s.white.as_ref().or(s.green.as_ref()))
            .and_then(|v| v.seals.as_ref());
        for (index, set) in self.sets.iter().enumerate() {
            let sheet = u32::try_from(index).ok().and_then(|i| i.checked_add(1));
            for (colour, voucher) in vouchers(set) {
                let Some(v) = voucher else { continue };
                let f16 = field(colour, ["white.16", "green.16"], "16");
                let f17 = field(colour, ["white.17", "green.17"], "17");
                match &v.seals {
                    None => c.at(Rule::Tir16Required, f16, (), sheet, None),
                    Some(s) => {
                        let count = usize::try_from(s.count).unwrap_or(usize::MAX);
                        if count != s.numbers.len()
                            || s.numbers.iter().any(|n| n.trim().is_empty())
                        {
                            c.at(Rule::TirSealsMismatch, f16, Some(same(seals_text(s))), sheet, None);
                        } else if let Some(r) = reference.filter(|r| !same_seals(r, s)) {
                            let detail = format!("{} ≠ {}", seals_text(s), seals_text(r));
                            c.at(Rule::TirSealsMismatch, f16, Some(same(detail)), sheet, None);
                        }
                    }
                }
                if let Some(detail) = missing(&certification_gaps(v.opened.as_ref())) {
                    c.at(Rule::Tir17Required, f17, detail, sheet, None);
                }
            }
        }
    }

    fn check_termination(
        &self,
        c: &mut Checker,
        state: TirState,
        sheet: u32,
        set: &VoucherSet,
        facts: &DestinationFacts,
    ) {
        let sheet = Some(sheet);
        let d = set.green_destination.clone().unwrap_or_default();
        let cf = set.counterfoil_2.clone().unwrap_or_default();
        let VoucherDestination {
            office,
            seals_intact,
            packages,
            reservations,
            processed,
        } = &d;
        if blank(office) {
            c.at(Rule::Tir24Required, "green.24", (), sheet, None);
        }
        let declared = self
            .goods
            .iter()
            .try_fold(0u64, |sum, g| sum.checked_add(u64::from(g.packages)))
            .filter(|_| !self.goods.is_empty());
        let terminated = |c: &mut Checker, value: Option<u32>, f: &'static str| {
            match value {
                None => c.at(
                    Rule::Tir26OnlyOnTermination,
                    f,
                    Text::new(
                        "операция тоқтатылды, баған бос",
                        "операция прекращена, графа пуста",
                        "the operation is terminated, the box is empty",
                    ),
                    sheet,
                    None,
                ),
                Some(n) => {
                    if let Some(total) = declared.filter(|t| u64::from(n) > *t) {
                        c.at(Rule::Tir26Packages, f, Some(same(format!("{n} > {total}"))), sheet, None);
                    }
                }
            }
        };
        terminated(c, *packages, "green.26");
        terminated(c, cf.packages, "counterfoil_2.3");
        if let (Some(a), Some(b)) = (*packages, cf.packages) {
            if a != b {
                c.at(Rule::Tir26Mismatch, "counterfoil_2.3", Some(same(format!("{b} ≠ {a}"))), sheet, None);
            }
        }
        if let Some(detail) = missing(&certification_gaps(processed.as_ref())) {
            c.at(Rule::Tir28Required, "green.28", detail, sheet, None);
        }
        if let Some(detail) = missing(&certification_gaps(cf.processed.as_ref())) {
            c.at(Rule::TirCf26Required, "counterfoil_2.6", detail, sheet, None);
        }
        // What calls for a reservation (R1 §67 box 27: damaged seals, a broken
        // delivery term, lost goods).
        let mut reasons: Vec<Part> = Vec::new();
        if !*seals_intact || !cf.seals_intact {
            reasons.push(("пломбалар бүтін емес", "пломбы не в сохранности", "seals not intact"));
        }
        let limit = set
            .white
            .as_ref()
            .and_then(|v| v.transit_limit)
            .or_else(|| set.green.as_ref().and_then(|v| v.transit_limit));
        let arrived: Option<NaiveDate> = processed.as_ref().and_then(|p| p.date);
        if let (Some(limit), Some(arrived)) = (limit, arrived) {
            if arrived > limit {
                reasons.push(("20-бағандағы мерзім өткен", "срок графы 20 нарушен", "box 20 time limit passed"));
            }
        }
        let full = matches!(state, TirState::Terminated | TirState::Discharged);
        if let (true, Some(total), Some(n)) = (full, declared, *packages) {
            if u64::from(n) < total {
                reasons.push(("тауар жоғалған", "товары утрачены", "goods lost"));
            }
        }
        if !reasons.is_empty() {
            let because = missing(&reasons).map(|t| {
                let strip = |s: &str, p: &str| s.strip_prefix(p).unwrap_or(s).to_owned();
                Text::new(strip(&t.kk, "жоқ: "), strip(&t.ru, "нет: "), strip(&t.en, "missing: "))
            });
            if blank(reservations) {
                c.at(Rule::Tir27Missing, "green.27", because.clone(), sheet, None);
            }
            if blank(&cf.reservations) {
                c.at(Rule::Tir27Missing, "counterfoil_2.5", because, sheet, None);
            }
        }
        match (facts.new_seals_affixed, &cf.new_seals) {
            (true, None) => c.at(
                Rule::TirCf24NewSeals,
                "counterfoil_2.4",
                Text::new(
                    "жаңа пломбалар салынды, баған бос",
                    "наложены новые пломбы, графа пуста",
                    "new seals were affixed, the box is empty",
                ),
                sheet,
                None,
            ),
            (false, Some(_)) => c.at(
                Rule::TirCf24NewSeals,
                "counterfoil_2.4",
                Text::new(
                    "жаңа пломбалар салынбаған",
                    "новые пломбы не накладывались",
                    "no new seals were affixed",
                ),
                sheet,
                None,
            ),
            (true, Some(s)) if usize::try_from(s.count).ok() != Some(s.numbers.len()) => {
                c.at(Rule::TirSealsMismatch, "counterfoil_2.4", Some(same(seals_text(s))), sheet, None);
            }
            _ => {}
        }
        // The destination office named at departure is the one that
        // terminates; only a full termination closes the carriage there
        // (a partial one may be at an office en route).
        if full {
            let named = [
                set.white.as_ref().and_then(|v| filled(&v.destination_office)),
                set.green.as_ref().and_then(|v| filled(&v.destination_office)),
                set.counterfoil_1.as_ref().and_then(|f| filled(&f.destination_office)),
                filled(&cf.destination_office),
            ];
            if let (Some(expected), Some(at)) = (named.iter().flatten().next(), filled(office)) {
                if at != *expected {
                    c.at(Rule::TirOfficeMismatch, "green.24", Some(same(format!("{} ≠ {}", show(at), show(expected)))), sheet, None);
                }
            }
        }
    }
}

/// "For official use" and boxes 18–23 of the departure set, its
/// counterfoil No. 1 and counterfoil No. 2 box 1 (R1 §62–§64), and the
/// offices, seals and numbers they repeat.
fn check_departure_set(
    c: &mut Checker,
    ctx: &Context,
    sheet: u32,
    set: &VoucherSet,
) -> Result<(), Error> {
    let sheet = Some(sheet);
    for (colour, voucher) in vouchers(set) {
        let Some(v) = voucher else { continue };
        let f = |w: &'static str, g: &'static str| field(colour, [w, g], w);
        check_official_use(c, v.official_use.as_ref(), f("white.official_use", "green.official_use"), sheet);
        if blank(&v.departure_office) {
            c.at(Rule::Tir18Required, f("white.18", "green.18"), (), sheet, None);
        }
        if !v.seals_intact {
            c.at(Rule::Tir19Required, f("white.19", "green.19"), (), sheet, None);
        }
        match v.transit_limit {
            None => c.at(Rule::Tir20Required, f("white.20", "green.20"), (), sheet, None),
            Some(limit) => check_box_20(c, ctx, v, limit, f("white.20", "green.20"), sheet)?,
        }
        check_box_21(c, v, f("white.21", "green.21"), sheet);
        if blank(&v.destination_office) {
            c.at(Rule::Tir22Required, f("white.22", "green.22"), (), sheet, None);
        }
        if let Some(detail) = missing(&certification_gaps(v.processed.as_ref())) {
            c.at(Rule::Tir23Required, f("white.23", "green.23"), detail, sheet, None);
        }
    }
    let cf1 = set.counterfoil_1.clone().unwrap_or_default();
    check_counterfoil_1(c, &cf1, set, sheet);
    let cf2 = set.counterfoil_2.clone().unwrap_or_default();
    if blank(&cf2.destination_office) {
        c.at(Rule::TirCf21Required, "counterfoil_2.1", (), sheet, None);
    }
    // The same office in every box that names it (derived from §62–§64).
    let departure = [
        ("white.18", set.white.as_ref().and_then(|v| filled(&v.departure_office))),
        ("green.18", set.green.as_ref().and_then(|v| filled(&v.departure_office))),
        ("counterfoil_1.1", filled(&cf1.departure_office)),
    ];
    let destination = [
        ("white.22", set.white.as_ref().and_then(|v| filled(&v.destination_office))),
        ("green.22", set.green.as_ref().and_then(|v| filled(&v.destination_office))),
        ("counterfoil_1.5", filled(&cf1.destination_office)),
        ("counterfoil_2.1", filled(&cf2.destination_office)),
    ];
    for boxes in [&departure[..], &destination[..]] {
        let mut given = boxes.iter().filter_map(|(f, t)| t.map(|t| (*f, t)));
        if let Some((_, expected)) = given.next() {
            for (f, t) in given.filter(|(_, t)| *t != expected) {
                c.at(Rule::TirOfficeMismatch, f, Some(same(format!("{} ≠ {}", show(t), show(expected)))), sheet, None);
            }
        }
    }
    Ok(())
}

fn check_official_use(c: &mut Checker, o: Option<&OfficialUse>, f: &'static str, sheet: Option<u32>) {
    let none = OfficialUse::default();
    let o = o.unwrap_or(&none);
    let mut parts: Vec<Part> = Vec::new();
    match o.value {
        None => parts.push(("тауардың құны", "стоимость товаров", "the value of the goods")),
        Some(v) if !(v > 0.0 && crate::quantity::AMOUNT.contains(v)) => {
            c.at(
                Rule::TirOfficialUse,
                f,
                Text::new(
                    format!("құны {}", crate::quantity::written(v)),
                    format!("стоимость {}", crate::quantity::written(v)),
                    format!("value {} not within (0, 10^13]", crate::quantity::written(v)),
                ),
                sheet,
                None,
            );
        }
        Some(_) => {}
    }
    match filled(&o.currency) {
        None => parts.push(("валюта коды", "код валюты", "the currency code")),
        Some(code) => {
            let known = reference::currency_by_numeric_code(code).is_some()
                || reference::currency_by_alpha3(code).is_some();
            if !known {
                c.at(
                    Rule::TirOfficialUse,
                    f,
                    Text::new(
                        format!("белгісіз валюта {}", show(code)),
                        format!("неизвестная валюта {}", show(code)),
                        format!("unknown currency {}", show(code)),
                    ),
                    sheet,
                    None,
                );
            }
        }
    }
    if !o.signed {
        parts.push(SIGNATURE);
    }
    if blank(&o.personal_seal) {
        parts.push(SEAL);
    }
    if let Some(detail) = missing(&parts) {
        c.at(Rule::TirOfficialUse, f, detail, sheet, None);
    }
}

/// Box 20 against box 17 (the date the carnet was opened), and, when the
/// caller asks for it (`tir_term_limit`), against the 2000 km per month
/// limit: the library's extension, not R1 §62.
fn check_box_20(
    c: &mut Checker,
    ctx: &Context,
    v: &Voucher,
    limit: NaiveDate,
    f: &'static str,
    sheet: Option<u32>,
) -> Result<(), Error> {
    let Some(start) = v.opened.as_ref().and_then(|o| o.date) else {
        return Ok(());
    };
    let distance = ctx.distance.filter(|_| ctx.tir_term_limit);
    let report = match distance {
        Some(d) => check_deadline(start, d, limit, ctx.convention)?,
        None if limit < start => {
            let mut r = Report::new();
            r.push(crate::report::Violation::new(
                Rule::TermBeforeStart,
                f,
                Text::new(
                    format!("мерзім {limit} ашылған күннен {start} бұрын"),
                    format!("срок {limit} раньше даты открытия {start}"),
                    format!("time limit {limit} is earlier than the date opened {start}"),
                ),
            ));
            r
        }
        None => Report::new(),
    };
    for v in report.violations() {
        let source = if v.rule == Rule::TermLimit {
            "R1 §62 box 20; SPEC §2 (library extension, option tir_term_limit)"
        } else {
            "R1 §62 boxes 17, 20"
        };
        let mut v = v.clone().with_source(source);
        v.field = Cow::Borrowed(f);
        v.sheet = sheet;
        c.report.push(v);
    }
    Ok(())
}

fn check_box_21(c: &mut Checker, v: &Voucher, f: &'static str, sheet: Option<u32>) {
    let Some(r) = &v.registered else {
        c.at(Rule::Tir21Required, f, (), sheet, None);
        return;
    };
    let code = filled(&r.office_code);
    let number = filled(&r.journal_number);
    if code.is_none() && number.is_none() {
        c.at(Rule::Tir21Required, f, (), sheet, None);
        return;
    }
    let code_ok = code.is_some_and(|t| {
        t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) && t.bytes().any(|b| b != b'0')
    });
    let number_ok = number.is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()) && t.bytes().any(|b| b != b'0'));
    let mut parts: Vec<String> = Vec::new();
    if !code_ok {
        parts.push(format!("office_code {}", code.map_or_else(|| "-".to_owned(), show)));
    }
    if !number_ok {
        parts.push(format!("journal_number {}", number.map_or_else(|| "-".to_owned(), show)));
    }
    if !parts.is_empty() {
        c.at(Rule::Tir21Format, f, Some(same(parts.join(", "))), sheet, None);
    }
}

fn check_counterfoil_1(c: &mut Checker, cf: &CounterfoilOne, set: &VoucherSet, sheet: Option<u32>) {
    if blank(&cf.departure_office) {
        c.at(Rule::TirCf11Required, "counterfoil_1.1", (), sheet, None);
    }
    match filled(&cf.journal_number) {
        None => c.at(Rule::TirCf12Required, "counterfoil_1.2", (), sheet, None),
        Some(n) => {
            for (_, voucher) in vouchers(set) {
                let in_21 = voucher
                    .and_then(|v| v.registered.as_ref())
                    .and_then(|r| filled(&r.journal_number));
                if let Some(in_21) = in_21.filter(|t| *t != n) {
                    c.at(Rule::TirCounterfoilMismatch, "counterfoil_1.2", Some(same(format!("{} ≠ {}", show(n), show(in_21)))), sheet, None);
                    break;
                }
            }
        }
    }
    match &cf.seals {
        None => c.at(Rule::TirCf13Required, "counterfoil_1.3", (), sheet, None),
        Some(s) => {
            let in_16 = set.white.as_ref().and_then(|v| v.seals.as_ref());
            if let Some(r) = in_16.filter(|r| !same_seals(r, s)) {
                let detail = format!("{} ≠ {}", seals_text(s), seals_text(r));
                c.at(Rule::TirSealsMismatch, "counterfoil_1.3", Some(same(detail)), sheet, None);
            }
        }
    }
    if !cf.seals_intact {
        c.at(Rule::TirCf14Required, "counterfoil_1.4", (), sheet, None);
    }
    if blank(&cf.destination_office) {
        c.at(Rule::TirCf15Required, "counterfoil_1.5", (), sheet, None);
    }
    if let Some(detail) = missing(&certification_gaps(cf.processed.as_ref())) {
        c.at(Rule::TirCf16Required, "counterfoil_1.6", detail, sheet, None);
    }
}

/// Reservations, wherever written, as R1 §67–§68 ask (`TIR.27.RESERVATION`).
fn check_reservation_format(c: &mut Checker, sheet: u32, set: &VoucherSet) {
    let boxes = [
        ("green.27", set.green_destination.as_ref().and_then(|d| filled(&d.reservations))),
        ("counterfoil_2.5", set.counterfoil_2.as_ref().and_then(|f| filled(&f.reservations))),
    ];
    for (f, text) in boxes {
        if let Some(t) = text.filter(|t| !is_reservation(t)) {
            c.at(Rule::Tir27Reservation, f, Some(same(show(t))), Some(sheet), None);
        }
    }
}

/// An arrived carnet whose operation is not terminated has no packages in
/// box 26 or counterfoil No. 2 box 3.
fn check_not_terminated(c: &mut Checker, sheet: u32, set: &VoucherSet) {
    let detail = || {
        Text::new(
            "операция тоқтатылмаған",
            "операция не прекращена",
            "the operation is not terminated",
        )
    };
    if set.green_destination.as_ref().and_then(|d| d.packages).is_some() {
        c.at(Rule::Tir26OnlyOnTermination, "green.26", detail(), Some(sheet), None);
    }
    let cf: Option<&CounterfoilTwo> = set.counterfoil_2.as_ref();
    if cf.and_then(|f| f.packages).is_some() {
        c.at(Rule::Tir26OnlyOnTermination, "counterfoil_2.3", detail(), Some(sheet), None);
    }
}
