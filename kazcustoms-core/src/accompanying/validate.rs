//! The checks of accompanying documents used as a DCD (R1 §49–§57,
//! annexes 14–15). The readings are listed in the module documentation.

use std::borrow::Cow;
use std::collections::BTreeSet;

use chrono::NaiveTime;

use super::lifecycle::PreState;
use super::model::{AccompanyingDocuments, Inventory, PaperKind, Particulars};
use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::deadline::{check_deadline, Distance};
use crate::numbers::{Code, NumberKind, ParseOptions};
use crate::report::{Report, Text, Violation};
use crate::rules::Rule;
use crate::Error;

/// The number of the last row of the inventory's table ("other documents").
const LAST_ROW: u32 = 24;

/// A detail in three languages.
fn t(kk: &str, ru: &str, en: &str) -> Text {
    Text::new(kk, ru, en)
}

/// Which list of particulars is checked: the annex 14 items of the
/// preliminary information, or the §52 items the documents carry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Basis {
    Preliminary,
    Documents,
}

impl Basis {
    fn prefix(self) -> &'static str {
        match self {
            Basis::Preliminary => "preliminary",
            Basis::Documents => "documents",
        }
    }
}

/// One item of annex 14: its rules for the preliminary information and
/// for the documents (none for item 12, which §52 leaves out).
struct Item {
    required: Rule,
    missing: Option<Rule>,
    field: &'static str,
}

const fn item(required: Rule, missing: Option<Rule>, field: &'static str) -> Item {
    Item {
        required,
        missing,
        field,
    }
}

fn rule_of(item: &Item, basis: Basis) -> Option<Rule> {
    match basis {
        Basis::Preliminary => Some(item.required),
        Basis::Documents => item.missing,
    }
}

struct Collect<'a> {
    c: Checker,
    doc: &'a AccompanyingDocuments,
    ctx: &'a Context,
}

impl Collect<'_> {
    fn field(&mut self, rule: Rule, field: String, detail: Option<Text>, item: Option<usize>) {
        let message = crate::check::titled(rule, detail);
        let mut v = Violation::new(rule, Cow::Owned(field), message);
        v.item = item.and_then(|i| u32::try_from(i).ok()).and_then(|i| i.checked_add(1));
        self.c.report.push(v);
    }

    fn particulars(&mut self, p: &Particulars, basis: Basis) {
        use Rule::*;
        let at = basis.prefix();
        let items = [
            (item(PreRequiredParties, Some(PreDocsMissingParties), "consignor"), blank(&p.consignor) || blank(&p.consignee)),
            (item(PreRequiredCountries, Some(PreDocsMissingCountries), "country_of_dispatch"), blank(&p.country_of_dispatch) || blank(&p.country_of_destination)),
            (item(PreRequiredDeclarant, Some(PreDocsMissingDeclarant), "declarant"), blank(&p.declarant)),
            (item(PreRequiredCarrier, Some(PreDocsMissingCarrier), "carrier"), blank(&p.carrier)),
            (item(PreRequiredVehicle, Some(PreDocsMissingVehicle), "vehicle"), blank(&p.vehicle)),
            (item(PreRequiredGoods, Some(PreDocsMissingGoods), "goods"), p.goods.is_empty()),
            (item(PreRequiredPackages, Some(PreDocsMissingPackages), "packages"), blank(&p.packages)),
            (item(PreRequiredDestination, Some(PreDocsMissingDestination), "destination_point"), blank(&p.destination_point)),
            (item(PreRequiredRestrictions, Some(PreDocsMissingRestrictions), "restriction_documents"), p.restriction_documents.is_none()),
            (item(PreRequiredDocuments, None, "accompanying_documents"), p.accompanying_documents.as_ref().is_none_or(Vec::is_empty)),
            (item(PreRequiredOperations, Some(PreDocsMissingOperations), "planned_operations"), p.planned_operations.is_none()),
        ];
        for (item, missing) in &items {
            if let (true, Some(rule)) = (*missing, rule_of(item, basis)) {
                self.field(rule, format!("{at}.{}", item.field), None, None);
            }
        }
        // The goods lines: name, quantity and value (item 6), the code
        // (item 7) and the weight or volume (item 8), line by line.
        let goods = item(PreRequiredGoods, Some(PreDocsMissingGoods), "");
        let code = item(PreRequiredCode, Some(PreDocsMissingCode), "");
        let weight = item(PreRequiredWeight, Some(PreDocsMissingWeight), "");
        let digits = match basis {
            Basis::Preliminary => PreCodeDigits,
            Basis::Documents => PreDocsCodeDigits,
        };
        for (i, line) in p.goods.iter().enumerate() {
            for (value, name) in [(&line.name, "name"), (&line.quantity, "quantity"), (&line.value, "value")] {
                if blank(value) {
                    if let Some(rule) = rule_of(&goods, basis) {
                        self.field(rule, format!("{at}.goods[{i}].{name}"), None, Some(i));
                    }
                }
            }
            match line.code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                None => {
                    if let Some(rule) = rule_of(&code, basis) {
                        self.field(rule, format!("{at}.goods[{i}].code"), None, Some(i));
                    }
                }
                Some(text) if !six_digits(text) => {
                    self.field(digits, format!("{at}.goods[{i}].code"), Some(same(show(text))), Some(i));
                }
                Some(_) => {}
            }
            if blank(&line.gross_weight_or_volume) {
                if let Some(rule) = rule_of(&weight, basis) {
                    self.field(rule, format!("{at}.goods[{i}].gross_weight_or_volume"), None, Some(i));
                }
            }
        }
    }

    fn basis(&mut self) {
        let doc = self.doc;
        // §49: A ∧ (B ∨ C). The equipment (A) is checked against the
        // caller's list of equipped offices, when given.
        if let Some(equipped) = &self.ctx.equipped_offices {
            let code = doc.departure_office.as_deref().and_then(|o| Code::parse(o.trim(), 5));
            if !code.is_some_and(|c| equipped.contains(c.value())) {
                let detail = doc.departure_office.as_deref().map(show).map(same);
                self.field(Rule::PreOfficeEquipped, "departure_office".into(), detail, None);
            }
        }
        match (&doc.preliminary, &doc.documents) {
            (Some(p), _) => {
                self.particulars(p, Basis::Preliminary);
                let proof = doc.proof.as_ref();
                let shown = proof.is_some_and(|p| !blank(&p.registration_code) || p.barcode);
                if !shown {
                    self.field(Rule::PreProof, "proof".into(), Some(t(
                        "тіркеу коды да, штрихкод та жоқ",
                        "нет ни регистрационного кода, ни штрихкода",
                        "neither a registration code nor a barcode",
                    )), None);
                } else if !proof.is_some_and(|p| p.on_transport_document) {
                    self.field(Rule::PreProof, "proof.on_transport_document".into(), Some(t(
                        "көліктік құжатта емес",
                        "не на транспортном документе",
                        "not on the transport document",
                    )), None);
                }
            }
            (None, Some(d)) => self.particulars(d, Basis::Documents),
            (None, None) => self.field(Rule::PreBasis, "documents".into(), None, None),
        }
    }

    fn sheets(&mut self) {
        let doc = self.doc;
        let accepted = doc.state >= PreState::Accepted;
        let mut numbered = true;
        for (i, sheet) in doc.sheets.iter().enumerate() {
            let expected = u32::try_from(i).ok().and_then(|i| i.checked_add(1));
            if numbered && sheet.number != expected {
                numbered = false;
                let got = sheet.number.map_or_else(|| "—".to_owned(), |n| n.to_string());
                let want = expected.map_or_else(String::new, |n| n.to_string());
                self.field(Rule::PrePagesNumbered, format!("sheets[{i}].number"), Some(Text::new(
                    format!("{got}, күтілгені {want}"),
                    format!("{got}, ожидался {want}"),
                    format!("{got}, expected {want}"),
                )), None);
            }
            let legal = matches!(sheet.kind, PaperKind::Transport | PaperKind::Commercial);
            let foreign = sheet
                .language
                .as_deref()
                .map(str::trim)
                .is_some_and(|l| !l.eq_ignore_ascii_case("kk") && !l.eq_ignore_ascii_case("ru"));
            if legal && foreign && !sheet.translation && !sheet.translated {
                let detail = sheet.language.as_deref().map(show).map(same);
                self.field(Rule::PreLanguage, format!("sheets[{i}].language"), detail, None);
            }
            if accepted && !sheet.certified {
                self.field(Rule::PrePagesCertified, format!("sheets[{i}].certified"), None, None);
            }
        }
    }

    fn dcd_number(&mut self, opts: &ParseOptions<'_>) {
        let doc = self.doc;
        if doc.state < PreState::Accepted {
            return;
        }
        let Some(number) = doc.dcd_number.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            self.field(Rule::PreDcdNumber, "dcd_number".into(), None, None);
            return;
        };
        self.c.quoted(number, NumberKind::Dcd, Rule::PreDcdNumber, "dcd_number", opts);
        let written = [
            (doc.dcd_number_on_documents.as_deref(), "dcd_number_on_documents"),
            (doc.inventory.as_ref().and_then(|i| i.dcd_number.as_deref()), "inventory.dcd_number"),
        ];
        for (other, field) in written {
            match other.map(str::trim).filter(|n| !n.is_empty()) {
                Some(other) if other != number => {
                    self.field(Rule::PreDcdNumber, field.into(), Some(Text::new(
                        format!("{} ≠ {}", show(other), show(number)),
                        format!("{} ≠ {}", show(other), show(number)),
                        format!("{} ≠ {}", show(other), show(number)),
                    )), None);
                }
                Some(_) => {}
                // The inventory's header is INV.HEADER.REQUIRED.
                None if field == "inventory.dcd_number" => {}
                None => self.field(Rule::PreDcdNumber, field.into(), Some(t(
                    "құжаттарда жазылмаған",
                    "не проставлен на документах",
                    "not written on the documents",
                )), None),
            }
        }
    }

    fn inventory(&mut self) -> Result<(), Error> {
        let doc = self.doc;
        let Some(inv) = &doc.inventory else {
            self.field(Rule::InvRequired, "inventory".into(), None, None);
            return Ok(());
        };
        if inv.copies != Some(2) {
            let detail = inv.copies.map(|n| same(n.to_string()));
            self.field(Rule::InvCopies, "inventory.copies".into(), detail, None);
        }
        let mut header = vec![(&inv.post, "inventory.post"), (&inv.vehicle, "inventory.vehicle")];
        if doc.state >= PreState::Accepted {
            header.insert(0, (&inv.dcd_number, "inventory.dcd_number"));
        }
        for (value, field) in header {
            if blank(value) {
                self.field(Rule::InvHeaderRequired, field.into(), None, None);
            }
        }
        self.rows(inv);
        self.undertaking(inv)?;
        if doc.eseal && inv.eseal_numbers.iter().all(|n| n.trim().is_empty()) {
            self.field(Rule::InvEseal, "inventory.eseal_numbers".into(), None, None);
        }
        if doc.state >= PreState::Accepted {
            self.acceptance(inv);
        }
        if doc.state >= PreState::Arrived {
            let done = inv
                .completion
                .as_ref()
                .is_some_and(|c| c.stamp_2 && c.signed && c.personal_seal);
            if !done {
                self.field(Rule::InvArrival, "inventory.completion".into(), None, None);
            }
        }
        Ok(())
    }

    fn rows(&mut self, inv: &Inventory) {
        let mut seen = BTreeSet::new();
        let mut sum: Option<u64> = Some(0);
        for (i, row) in inv.rows.iter().enumerate() {
            if !(1..=LAST_ROW).contains(&row.item) || !seen.insert(row.item) {
                self.field(Rule::InvRowItem, format!("inventory.rows[{i}].item"), Some(same(row.item.to_string())), None);
            }
            match row.sheets {
                Some(n) if n > 0 => sum = sum.and_then(|s| s.checked_add(u64::from(n))),
                _ => self.field(Rule::InvRowSheets, format!("inventory.rows[{i}].sheets"), None, None),
            }
        }
        for (item, name) in [(1, t("тауар-көліктік жүкқұжаты", "товарно-транспортная накладная", "transport waybill")), (2, t("шот-фактура", "счёт-фактура", "invoice"))] {
            if !seen.contains(&item) {
                self.field(Rule::InvRowRequired, "inventory.rows".into(), Some(name), None);
            }
        }
        match (inv.total, sum) {
            (Some(total), Some(sum)) if u64::from(total) == sum => {}
            (Some(total), Some(sum)) => self.field(Rule::InvTotal, "inventory.total".into(), Some(Text::new(
                format!("{total} ≠ {sum}"),
                format!("{total} ≠ {sum}"),
                format!("{total} ≠ {sum}"),
            )), None),
            (None, _) => self.field(Rule::InvTotal, "inventory.total".into(), Some(t(
                "көрсетілмеген", "не указан", "not given",
            )), None),
            // A sum of u32 counts over at most 10^7 rows fits a u64; were
            // it not to, the total could not be equal to it.
            (Some(_), None) => self.field(Rule::InvTotal, "inventory.total".into(), None, None),
        }
    }

    fn undertaking(&mut self, inv: &Inventory) -> Result<(), Error> {
        let doc = self.doc;
        let u = inv.undertaking.clone().unwrap_or_default();
        let compiled = inv.compiled.clone().unwrap_or_default();
        let parts = [
            (blank(&u.carrier), "inventory.undertaking.carrier"),
            (blank(&u.quantity), "inventory.undertaking.quantity"),
            (u.deliver_by.is_none(), "inventory.undertaking.deliver_by"),
            (!u.signed, "inventory.undertaking.signed"),
            (blank(&compiled.name), "inventory.compiled.name"),
        ];
        for (missing, field) in parts {
            if missing {
                self.field(Rule::InvUndertaking, field.into(), None, None);
            }
        }
        // The undertaking's date against the 2000 km/month rule (R1 §19),
        // counted from the acceptance, or from the compiling when not yet
        // accepted.
        let start = inv.acceptance.as_ref().and_then(|a| a.date).or(compiled.date);
        let distance = match doc.distance_km {
            Some(km) => Some(Distance::from_km(km)?),
            None => self.ctx.distance,
        };
        if let (Some(deliver_by), Some(start), Some(distance)) = (u.deliver_by, start, distance) {
            let report = check_deadline(start, distance, deliver_by, self.ctx.convention)?;
            for mut v in report.violations().iter().cloned() {
                v.field = Cow::Borrowed("inventory.undertaking.deliver_by");
                self.c.report.push(v);
            }
        }
        Ok(())
    }

    fn acceptance(&mut self, inv: &Inventory) {
        let doc = self.doc;
        let Some(a) = &inv.acceptance else {
            self.field(Rule::InvAcceptance, "inventory.acceptance".into(), None, None);
            return;
        };
        let mut missing = vec![
            (!a.stamp_1, "stamp_1"),
            (blank(&a.destination_code), "destination_code"),
            (doc.sealed && a.seal_numbers.iter().all(|n| n.trim().is_empty()), "seal_numbers"),
            (blank(&a.official), "official"),
            (!a.personal_seal, "personal_seal"),
            (a.date.is_none(), "date"),
            (!a.time.as_deref().is_some_and(time), "time"),
        ];
        let differs = match (a.destination_code.as_deref(), doc.destination_office.as_deref()) {
            (Some(x), Some(y)) => !x.trim().is_empty() && x.trim() != y.trim(),
            _ => false,
        };
        missing.push((differs, "destination_code"));
        for (bad, part) in missing {
            if bad {
                self.field(Rule::InvAcceptance, format!("inventory.acceptance.{part}"), None, None);
            }
        }
    }
}

/// A commodity code of at least six digits: digits, with the spaces and
/// dots a code is often written with.
fn six_digits(code: &str) -> bool {
    let mut digits = 0usize;
    for ch in code.chars() {
        match ch {
            '0'..='9' => digits = digits.saturating_add(1),
            ' ' | '.' => {}
            _ => return false,
        }
    }
    digits >= 6
}

/// A time written `HH:MM`.
fn time(text: &str) -> bool {
    let text = text.trim();
    text.len() == 5 && NaiveTime::parse_from_str(text, "%H:%M").is_ok()
}

/// Every violation of accompanying documents used as a DCD.
pub(super) fn validate(doc: &AccompanyingDocuments, ctx: &Context) -> Result<Report, Error> {
    let opts = ctx.parse_options();
    let mut run = Collect {
        c: Checker::new(),
        doc,
        ctx,
    };
    run.basis();
    run.sheets();
    run.dcd_number(&opts);
    run.inventory()?;
    Ok(run.c.report)
}
