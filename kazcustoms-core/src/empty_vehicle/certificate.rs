//! The import certificate for an empty foreign motor vehicle (R1 §36–§38,
//! annex 11): the typed form and its check.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::arrival::Official;
use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::dcd::Office;
use crate::deadline::{check_deadline, Distance};
use crate::empty_vehicle::journal::EmptyVehicleEntry;
use crate::error::Input;
use crate::report::{Report, Text, Violation};
use crate::rules::Rule;
use crate::Error;

/// The vehicle as the certificate describes it (annex 11, fields 2–10).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmptyVehicle {
    /// 2 make and model.
    #[serde(default)]
    pub make_model: Option<String>,
    /// 3 category: `C` (Latin or Cyrillic) or a trailer (`прицеп`,
    /// `тіркеме`, `trailer`), as the form prints "(С, прицеп)".
    #[serde(default)]
    pub category: Option<String>,
    /// 4 year of manufacture.
    #[serde(default)]
    pub year: Option<u16>,
    /// 5 engine No (a trailer has none).
    #[serde(default)]
    pub engine_number: Option<String>,
    /// 6 chassis No.
    #[serde(default)]
    pub chassis_number: Option<String>,
    /// 7 body No (written as the officer finds it, "ЖОҚ" / "НЕТ" included).
    #[serde(default)]
    pub body_number: Option<String>,
    /// 8 service life, years.
    #[serde(default)]
    pub service_life_years: Option<u16>,
    /// 9 mileage, km.
    #[serde(default)]
    pub mileage_km: Option<u32>,
    /// 10 engine displacement, cc (a trailer has none).
    #[serde(default)]
    pub engine_cc: Option<u32>,
}

/// The vehicle category of field 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Category `C`: a lorry or tractor unit.
    C,
    /// A trailer or semi-trailer ("прицеп").
    Trailer,
}

impl Category {
    /// Reads field 3: `C` in Latin or Cyrillic, or a trailer written
    /// `прицеп`, `тіркеме` or `trailer` (any case); anything else is no
    /// category.
    ///
    /// ```
    /// use kazcustoms_core::empty_vehicle::Category;
    /// assert_eq!(Category::parse("С"), Some(Category::C)); // Cyrillic С
    /// assert_eq!(Category::parse("Прицеп"), Some(Category::Trailer));
    /// assert_eq!(Category::parse("B"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Category> {
        let t = text.trim();
        if t == "C" || t == "С" {
            return Some(Category::C);
        }
        let lower = t.to_lowercase();
        ["прицеп", "тіркеме", "trailer", "полуприцеп", "semi-trailer"]
            .contains(&lower.as_str())
            .then_some(Category::Trailer)
    }
}

/// Field 12: the owner or the owner's representative.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    /// Full name.
    #[serde(default)]
    pub name: Option<String>,
    /// Address.
    #[serde(default)]
    pub address: Option<String>,
}

/// Field 13, the customs office's mark.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomsMark {
    /// The term of temporary import: the last day the vehicle may stay in
    /// Kazakhstan (its breach leads to liability, the form's warning).
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub import_term: Option<NaiveDate>,
    /// Whether the mark states the restriction of the rights to alienate,
    /// to let others use and possess the vehicle without the office's
    /// permission.
    #[serde(default)]
    pub restrictions: bool,
}

/// The term of arrival the office sets (§38; journal column 10), with the
/// route distance it is checked against. Not a field of the printed form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArrivalTerm {
    /// The last day of the term of arrival.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub deadline: Option<NaiveDate>,
    /// The route distance in km (the context's `distance_km` when absent).
    #[serde(default)]
    pub distance_km: Option<f64>,
}

/// Field 18: the receipt of the owner or representative ("Куәлiктi алған").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    /// Who received copy 1.
    #[serde(default)]
    pub name: Option<String>,
    /// Whether the receipt is signed.
    #[serde(default)]
    pub signed: bool,
}

/// The import certificate for an empty foreign motor vehicle (R1 annex 11),
/// with what the office records beside it: the office at the place of
/// entry, the destination office and term of arrival (journal columns 3
/// and 10), the dates of arrival and exit, and the journal (annex 12).
///
/// JSON shape (`validate("empty_vehicle", …)`), every member optional:
///
/// ```json
/// {"blank_number": "0012345",
///  "office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
///  "entry_office": {"name": "Т/П «ЖАЙСАҢ»", "code": "55201"},
///  "vehicle": {"make_model": "VOLVO FH 460", "category": "C", "year": 2019,
///              "engine_number": "D13K 1234567", "chassis_number": "YV2RT40A5KB123456",
///              "body_number": "ЖОҚ", "service_life_years": 7, "mileage_km": 612000,
///              "engine_cc": 12780},
///  "owner": {"name": "ООО «ОРЕНБУРГТРАНС»", "address": "РОССИЯ, Г. ОРЕНБУРГ"},
///  "customs_mark": {"import_term": "2026-12-10", "restrictions": true},
///  "exit_place": "Т/П «ЖАЙСАҢ»", "date": "2026-11-10",
///  "official": {"name": "ОРАЗОВА А.М.", "personal_seal": "0311", "signed": true},
///  "emblem_seal": true, "copies": 2,
///  "receipt": {"name": "ИВАНОВ И.И.", "signed": true},
///  "destination_office": {"name": "Т/П «АҚТӨБЕ-ЦОТО»", "code": "15101"},
///  "arrival_term": {"deadline": "2026-11-12", "distance_km": 250},
///  "arrival_date": null, "exit_date": null,
///  "journal": [{"number": 1, "date": "2026-11-10", "blank_number": "0012345", "...": "…"}]}
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmptyVehicleCertificate {
    /// The strict-accountability blank's number (journal column 4).
    #[serde(default)]
    pub blank_number: Option<String>,
    /// 1 the customs office that issues it.
    #[serde(default)]
    pub office: Option<Office>,
    /// The office at the place where the vehicle entered the customs
    /// territory, as the caller knows it (not a field of the form).
    #[serde(default)]
    pub entry_office: Option<Office>,
    /// 2–10 the vehicle.
    #[serde(default)]
    pub vehicle: Option<EmptyVehicle>,
    /// 12 the owner or representative.
    #[serde(default)]
    pub owner: Option<Owner>,
    /// 13 the customs mark.
    #[serde(default)]
    pub customs_mark: Option<CustomsMark>,
    /// 14 the place of exit from Kazakhstan.
    #[serde(default)]
    pub exit_place: Option<String>,
    /// 16 the date.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub date: Option<NaiveDate>,
    /// 17 the official: signature and personal numbered seal.
    #[serde(default)]
    pub official: Option<Official>,
    /// Whether the office's emblem seal is put (§37).
    #[serde(default)]
    pub emblem_seal: bool,
    /// How many copies were drawn up (§37: two).
    #[serde(default)]
    pub copies: Option<u32>,
    /// 18 the receipt of the owner or representative.
    #[serde(default)]
    pub receipt: Option<Receipt>,
    /// The destination office (journal column 3; not on the form).
    #[serde(default)]
    pub destination_office: Option<Office>,
    /// The term of arrival (§38; journal column 10; not on the form).
    #[serde(default)]
    pub arrival_term: Option<ArrivalTerm>,
    /// The date the vehicle arrived at the destination office, when it has.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub arrival_date: Option<NaiveDate>,
    /// The date the vehicle left Kazakhstan, when it has.
    #[serde(default)]
    #[serde(deserialize_with = "crate::dates::option")]
    pub exit_date: Option<NaiveDate>,
    /// The journal of annex 12 as the office keeps it, when given: the
    /// certificate's registration is checked in it (§39).
    #[serde(default)]
    pub journal: Option<Vec<EmptyVehicleEntry>>,
}

/// The parts of a list that are missing, as a detail in three languages.
fn missing(parts: &[(bool, [&str; 3])]) -> Option<Text> {
    let absent: Vec<&[&str; 3]> = parts.iter().filter(|p| p.0).map(|p| &p.1).collect();
    if absent.is_empty() {
        return None;
    }
    let join = |lang: usize| absent.iter().map(|w| w[lang]).collect::<Vec<_>>().join(", ");
    Some(Text::new(
        format!("жоқ: {}", join(0)),
        format!("нет: {}", join(1)),
        format!("missing: {}", join(2)),
    ))
}

fn trimmed(text: Option<&str>) -> &str {
    text.map_or("", str::trim)
}

/// Whether two offices are the same: by code where both give one, else by
/// name (trimmed).
fn same_office(a: &Office, b: &Office) -> bool {
    match (trimmed(a.code.as_deref()), trimmed(b.code.as_deref())) {
        ("", _) | (_, "") => trimmed(a.name.as_deref()) == trimmed(b.name.as_deref()),
        (x, y) => x == y,
    }
}

impl EmptyVehicleCertificate {
    /// Checks the certificate and returns every violation.
    ///
    /// The reference date (the context's `reference`, today when absent)
    /// is the day the stay is judged on (`EV.STAY.OVERDUE`) unless the
    /// vehicle has left (`exit_date`).
    ///
    /// # Errors
    ///
    /// An input error when `arrival_term.distance_km` is not a valid
    /// distance.
    ///
    /// ```
    /// use kazcustoms_core::empty_vehicle::EmptyVehicleCertificate;
    /// use kazcustoms_core::Context;
    /// let report = EmptyVehicleCertificate::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"EV.BLANK_NUMBER"));
    /// assert!(report.rule_ids().contains(&"EV.COPIES"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let distance = self
            .arrival_term
            .as_ref()
            .and_then(|t| t.distance_km)
            .map(|km| {
                Distance::from_km(km).map_err(|e| match e {
                    Error::InvalidArgument { reason, .. } => Error::invalid_document(
                        Input::Document,
                        "document.arrival_term.distance_km",
                        reason,
                    ),
                    other => other,
                })
            })
            .transpose()?
            .or(ctx.distance);
        let reference = ctx.reference_date();
        let mut c = Checker::new();
        self.check_blank(&mut c);
        self.check_issuer(&mut c);
        self.check_vehicle(&mut c);
        let owner = self.owner.clone().unwrap_or_default();
        if blank(&owner.name) || blank(&owner.address) {
            let detail = missing(&[
                (blank(&owner.name), ["аты-жөні", "ФИО", "name"]),
                (blank(&owner.address), ["мекенжайы", "адрес", "address"]),
            ]);
            c.add(Rule::EvOwnerRequired, "owner", detail);
        }
        let mark = self.customs_mark.clone().unwrap_or_default();
        if mark.import_term.is_none() {
            c.add(Rule::EvImportTerm, "customs_mark.import_term", ());
        }
        if !mark.restrictions {
            c.add(Rule::EvMarkRequired, "customs_mark.restrictions", ());
        }
        if blank(&self.exit_place) {
            c.add(Rule::EvExitPlaceRequired, "exit_place", ());
        }
        if self.date.is_none() {
            c.add(Rule::EvDateRequired, "date", ());
        }
        let official = self.official.clone().unwrap_or_default();
        let detail = missing(&[
            (!self.emblem_seal, ["елтаңбалық мөр", "гербовая печать", "emblem seal"]),
            (!official.signed, ["қолы", "подпись", "signature"]),
            (
                blank(&official.personal_seal),
                ["ЖНМ", "ЛНП", "personal numbered seal"],
            ),
        ]);
        if detail.is_some() {
            c.add(Rule::EvCertified, "official", detail);
        }
        match self.copies {
            Some(2) => {}
            other => c.add(Rule::EvCopies, "copies", other.map(|n| n.to_string())),
        }
        if !self.receipt.as_ref().is_some_and(|r| r.signed) {
            c.add(Rule::EvReceipt, "receipt", ());
        }
        self.check_arrival_term(&mut c, ctx, distance)?;
        // Reading: the stay is judged on the exit date when the vehicle has
        // left, else on the reference date; the term's last day is in time.
        if let Some(term) = mark.import_term {
            let judged = self.exit_date.unwrap_or(reference);
            if judged > term {
                c.add(
                    Rule::EvStayOverdue,
                    "customs_mark.import_term",
                    Some(same(format!("{judged} > {term}"))),
                );
            }
        }
        self.check_journal(&mut c);
        Ok(c.report)
    }

    fn check_blank(&self, c: &mut Checker) {
        if blank(&self.blank_number) {
            c.add(Rule::EvBlankNumber, "blank_number", ());
            return;
        }
        let number = trimmed(self.blank_number.as_deref());
        let times = self.journal.as_ref().map_or(0, |j| {
            j.iter()
                .filter(|e| e.blank_number.trim() == number)
                .count()
        });
        if times > 1 {
            c.add(
                Rule::EvBlankNumber,
                "blank_number",
                Some(Text::new(
                    format!("{} журналда {times} рет", show(number)),
                    format!("{} в журнале {times} раза", show(number)),
                    format!("{} is in the journal {times} times", show(number)),
                )),
            );
        }
    }

    fn check_issuer(&self, c: &mut Checker) {
        let office = self.office.as_ref();
        if office.is_none_or(|o| blank(&o.name)) {
            c.add(Rule::EvOfficeRequired, "office", ());
        }
        // Reading: the place of entry is the caller's knowledge (the form
        // names only the issuing office); checked when it is given.
        if let (Some(office), Some(entry)) = (office, self.entry_office.as_ref()) {
            if !blank(&office.name) && !same_office(office, entry) {
                let name = |o: &Office| {
                    let n = trimmed(o.name.as_deref());
                    match trimmed(o.code.as_deref()) {
                        "" => n.to_owned(),
                        code => format!("{n} {code}"),
                    }
                };
                c.add(
                    Rule::EvIssuer,
                    "office",
                    Some(same(format!(
                        "{} ≠ {}",
                        show(&name(office)),
                        show(&name(entry))
                    ))),
                );
            }
        }
    }

    fn check_vehicle(&self, c: &mut Checker) {
        let v = self.vehicle.clone().unwrap_or_default();
        if blank(&v.make_model) {
            c.add(Rule::EvMakeModelRequired, "vehicle.make_model", ());
        }
        let category = match v.category.as_deref().filter(|t| !t.trim().is_empty()) {
            None => {
                c.add(Rule::EvCategoryRequired, "vehicle.category", ());
                None
            }
            Some(text) => {
                let category = Category::parse(text);
                if category.is_none() {
                    c.add(Rule::EvCategory, "vehicle.category", Some(show(text)));
                }
                category
            }
        };
        match (v.year, self.date) {
            (None, _) => c.add(Rule::EvYearRequired, "vehicle.year", ()),
            (Some(year), Some(date)) if i32::from(year) > date.year() => c.add(
                Rule::EvYearRange,
                "vehicle.year",
                Some(format!("{year} > {}", date.year())),
            ),
            _ => {}
        }
        // Reading: a trailer has no engine, so fields 5 and 10 may be empty
        // for it.
        let trailer = category == Some(Category::Trailer);
        if !trailer && blank(&v.engine_number) {
            c.add(Rule::EvEngineRequired, "vehicle.engine_number", ());
        }
        if blank(&v.chassis_number) {
            c.add(Rule::EvChassisRequired, "vehicle.chassis_number", ());
        }
        if blank(&v.body_number) {
            c.add(Rule::EvBodyRequired, "vehicle.body_number", ());
        }
        if v.service_life_years.is_none() {
            c.add(Rule::EvServiceLifeRequired, "vehicle.service_life_years", ());
        }
        if v.mileage_km.is_none() {
            c.add(Rule::EvMileageRequired, "vehicle.mileage_km", ());
        }
        if !trailer && v.engine_cc.is_none() {
            c.add(Rule::EvEngineVolumeRequired, "vehicle.engine_cc", ());
        }
    }

    fn check_arrival_term(
        &self,
        c: &mut Checker,
        ctx: &Context,
        distance: Option<Distance>,
    ) -> Result<(), Error> {
        let Some(deadline) = self.arrival_term.as_ref().and_then(|t| t.deadline) else {
            c.add(Rule::EvTerm, "arrival_term.deadline", ());
            return Ok(());
        };
        // Reading: the term runs from the certificate's date; without a
        // route distance the limit cannot be computed and is not checked.
        if let (Some(start), Some(distance)) = (self.date, distance) {
            let report = check_deadline(start, distance, deadline, ctx.convention)?;
            for v in report.violations() {
                c.report.push(
                    Violation {
                        field: Cow::Borrowed("arrival_term.deadline"),
                        ..v.clone()
                    }
                    .with_source("R1 §38; SPEC §2"),
                );
            }
        }
        if let Some(arrived) = self.arrival_date {
            if arrived > deadline {
                c.add(
                    Rule::EvTermOverdue,
                    "arrival_date",
                    Some(same(format!("{arrived} > {deadline}"))),
                );
            }
        }
        Ok(())
    }

    fn check_journal(&self, c: &mut Checker) {
        let Some(journal) = &self.journal else {
            return;
        };
        let number = trimmed(self.blank_number.as_deref());
        let entry = (!number.is_empty())
            .then(|| journal.iter().find(|e| e.blank_number.trim() == number))
            .flatten();
        let Some(entry) = entry else {
            c.add(Rule::EvJournal, "journal", self.blank_number.as_deref().map(show));
            return;
        };
        let mut differ: Vec<[&str; 3]> = Vec::new();
        if let Some(name) = self
            .destination_office
            .as_ref()
            .and_then(|o| o.name.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if entry.destination_office.trim() != name {
                differ.push(["3 (баратын кеден органы)", "3 (таможня назначения)", "3 (destination office)"]);
            }
        }
        if let Some(make) = self
            .vehicle
            .as_ref()
            .and_then(|v| v.make_model.as_deref())
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            if entry.make_model.trim() != make {
                differ.push(["5 (маркасы, моделі)", "5 (марка, модель)", "5 (make, model)"]);
            }
        }
        if let Some(term) = self.arrival_term.as_ref().and_then(|t| t.deadline) {
            if entry.arrival_term != Some(term) {
                differ.push(["10 (келу мерзімі)", "10 (срок прибытия)", "10 (term of arrival)"]);
            }
        }
        if !differ.is_empty() {
            let join = |lang: usize| differ.iter().map(|w| w[lang]).collect::<Vec<_>>().join(", ");
            c.add(
                Rule::EvJournalMismatch,
                "journal",
                Text::new(
                    format!("бағандар: {}", join(0)),
                    format!("графы: {}", join(1)),
                    format!("columns: {}", join(2)),
                ),
            );
        }
    }
}
