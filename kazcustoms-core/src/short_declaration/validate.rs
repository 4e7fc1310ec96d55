//! The rules of the short declaration (R1 §26–§33, SPEC §5): one pass,
//! every violation, each with its column. The readings chosen where the
//! source is open are listed in the module docs of
//! [`crate::short_declaration`].

use crate::calendar::WorkingCalendar;
use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::numbers::{parse_number, NumberKind, ParseOptions};
use crate::quantity;
use crate::reference;
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::short_declaration::model::{CarrierType, Party, ShortDeclaration};
use crate::Error;

/// The field names of the columns, `"1"` to `"17"`.
const COLUMNS: [&str; 18] = [
    "", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
];

const REQUIRED: [Rule; 18] = [
    Rule::Sd1Required, // unused: there is no column 0
    Rule::Sd1Required,
    Rule::Sd2Required,
    Rule::Sd3Required,
    Rule::Sd4Required,
    Rule::Sd5Required,
    Rule::Sd6Required,
    Rule::Sd7Required,
    Rule::Sd8Required,
    Rule::Sd9Required,
    Rule::Sd10Required,
    Rule::Sd11Required,
    Rule::Sd12Required,
    Rule::Sd1Required, // unused: column 13 is optional
    Rule::Sd14Required,
    Rule::Sd15Required,
    Rule::Sd16Required,
    Rule::Sd17Required,
];

/// One missing part of a column, in three languages.
type Part = (&'static str, &'static str, &'static str);

const NAME_ADDRESS: Part = (
    "атауы мен заңды мекенжайы",
    "наименование и юридический адрес",
    "name and legal address",
);
const COUNTRY: Part = ("елі", "страна", "country");

/// The missing parts, listed.
fn parts(missing: &[Part]) -> Option<Text> {
    if missing.is_empty() {
        return None;
    }
    let join = |f: fn(&Part) -> &'static str| missing.iter().map(f).collect::<Vec<_>>().join(", ");
    Some(Text::new(
        format!("жоқ: {}", join(|p| p.0)),
        format!("нет: {}", join(|p| p.1)),
        format!("missing: {}", join(|p| p.2)),
    ))
}

impl ShortDeclaration {
    /// Checks every rule of the short declaration and returns all violations.
    ///
    /// # Errors
    ///
    /// None today: every gap in the document is a violation in the report.
    /// The `Result` keeps the signature of the other document kinds.
    ///
    /// # Example
    ///
    /// ```
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// use kazcustoms_core::short_declaration::ShortDeclaration;
    /// use kazcustoms_core::Context;
    /// let report = ShortDeclaration::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"SD.12.REQUIRED"));
    /// assert!(report.rule_ids().contains(&"SD.TSW_NUMBER"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let opts = ctx.parse_options();
        let mut c = Checker::new();
        if let Some(text) = self.number.as_deref().filter(|t| !t.trim().is_empty()) {
            if let Err(e) = parse_number(NumberKind::ShortDeclaration, text, &opts) {
                c.report.push(e.to_violation("number"));
            }
        }
        self.check_tsw_number(&mut c, &opts);
        self.check_columns_1_to_6(&mut c);
        self.check_columns_7_to_12(&mut c, &opts);
        self.check_columns_14_to_17(&mut c);
        self.check_signatures(&mut c);
        self.check_filled_by(&mut c);
        self.check_late(&mut c, &ctx.calendar);
        Ok(c.report)
    }

    fn required(c: &mut Checker, column: usize, detail: Option<Text>) {
        c.add(REQUIRED[column], COLUMNS[column], detail);
    }

    fn check_tsw_number(&self, c: &mut Checker, opts: &ParseOptions<'_>) {
        match self.tsw_number.as_deref() {
            None => c.add(Rule::SdTswNumber, "tsw_number", ()),
            Some(t) if t.trim().is_empty() => c.add(Rule::SdTswNumber, "tsw_number", ()),
            Some(text) => {
                if let Err(e) = parse_number(NumberKind::Tsw, text, opts) {
                    // §29: the number must be written, and be a number:
                    // every fault of it is this rule, the fault named.
                    let fault = e.text();
                    let detail = Text::new(
                        format!("{} ({}): {}", show(text), e.rule(), fault.kk),
                        format!("{} ({}): {}", show(text), e.rule(), fault.ru),
                        format!("{} ({}): {}", show(text), e.rule(), fault.en),
                    );
                    c.add(Rule::SdTswNumber, "tsw_number", Some(detail));
                }
            }
        }
    }

    fn check_columns_1_to_6(&self, c: &mut Checker) {
        for (column, party) in [(1, &self.consignor), (2, &self.consignee)] {
            match party {
                None => Self::required(c, column, None),
                Some(p) => {
                    let mut missing = Vec::new();
                    if blank(&p.name_address) {
                        missing.push(NAME_ADDRESS);
                    }
                    if blank(&p.country) {
                        missing.push(COUNTRY);
                    }
                    if !missing.is_empty() {
                        Self::required(c, column, parts(&missing));
                    }
                }
            }
        }
        match &self.carrier {
            None => Self::required(c, 3, None),
            Some(k) => {
                let mut missing = Vec::new();
                match k.carrier_type {
                    CarrierType::Organisation => {
                        if blank(&k.name_address) {
                            missing.push(NAME_ADDRESS);
                        }
                    }
                    CarrierType::NaturalPerson => {
                        for (value, part) in [
                            (&k.full_name, ("Т.А.Ә.", "ФИО", "full name")),
                            (
                                &k.passport,
                                ("төлқұжат деректері", "паспортные данные", "passport data"),
                            ),
                            (
                                &k.residence,
                                ("тұратын жері", "место жительства", "place of residence"),
                            ),
                        ] {
                            if blank(value) {
                                missing.push(part);
                            }
                        }
                    }
                    CarrierType::Railway => {}
                    CarrierType::Air | CarrierType::Vessel => {
                        if blank(&k.trip_number) {
                            missing.push(("рейс нөмірі", "номер рейса", "flight or voyage number"));
                        }
                        if k.trip_date.is_none() {
                            missing.push(("рейс күні", "дата рейса", "flight or voyage date"));
                        }
                    }
                }
                if !missing.is_empty() {
                    Self::required(c, 3, parts(&missing));
                }
            }
        }
        match &self.vehicle {
            None => Self::required(c, 4, None),
            Some(v) => {
                let mut missing = Vec::new();
                if blank(&v.mode) {
                    missing.push(("көлік түрі", "вид транспорта", "mode of transport"));
                }
                if blank(&v.number) {
                    missing.push(("нөмірі", "номер", "number"));
                }
                if !missing.is_empty() {
                    Self::required(c, 4, parts(&missing));
                }
            }
        }
        if self.transport_documents.is_empty() {
            Self::required(c, 5, None);
        } else if let Some(i) = self.transport_documents.iter().position(|d| blank(&d.name)) {
            Self::required(c, 5, Some(unnamed(i)));
        }
        if self.goods.is_empty() {
            Self::required(c, 6, None);
        } else if let Some(i) = self.goods.iter().position(|g| blank(&g.name)) {
            Self::required(c, 6, Some(unnamed(i)));
        }
        let n = self.goods.len();
        if n > 3 {
            let mark = self.goods_addition.as_ref();
            let detail = match mark {
                None => Some(Text::new(
                    format!("{n} атау, белгі жоқ"),
                    format!("{n} наименований, отметки нет"),
                    format!("{n} names, no mark"),
                )),
                Some(m) if m.date.is_none() => Some(Text::new(
                    format!("{n} атау, белгіде күні жоқ"),
                    format!("{n} наименований, в отметке нет даты"),
                    format!("{n} names, the mark has no date"),
                )),
                Some(m) if !m.certified => Some(Text::new(
                    format!("{n} атау, белгі лауазымды адамның қолымен және ЖНМ-мен расталмаған"),
                    format!(
                        "{n} наименований, отметка не заверена подписью и ЛНП должностного лица"
                    ),
                    format!("{n} names, the mark is not signed and sealed by the officer"),
                )),
                Some(_) => None,
            };
            if detail.is_some() {
                c.add(Rule::Sd6Addition, "6", detail);
            }
        }
    }

    fn check_columns_7_to_12(&self, c: &mut Checker, opts: &ParseOptions<'_>) {
        // Ranges: crate::quantity.
        match self.packages {
            None => Self::required(c, 7, None),
            Some(n) if !quantity::count_in_range(i64::from(n)) => {
                c.add(Rule::Sd7Range, "7", Some(same(n.to_string())));
            }
            Some(_) => {}
        }
        match self.weight_kg {
            None => Self::required(c, 8, None),
            Some(w) if quantity::WEIGHT_KG.contains(w) => {}
            Some(w) if w > 0.0 => c.add(Rule::Sd8Range, "8", Some(same(quantity::written(w)))),
            Some(w) => c.add(Rule::Sd8Positive, "8", Some(same(w.to_string()))),
        }
        match &self.identification {
            None => Self::required(c, 9, None),
            Some(id) => match id.count {
                None => Self::required(c, 9, None),
                Some(n) if n > 0 && id.numbers.iter().all(|x| x.trim().is_empty()) => {
                    Self::required(
                        c,
                        9,
                        Some(Text::new(
                            format!("{n} пломба, нөмірлері жоқ"),
                            format!("{n} пломб, номера не указаны"),
                            format!("{n} seals, no identifiers"),
                        )),
                    );
                }
                Some(_) => {}
            },
        }
        match self.invoice_value {
            None => Self::required(c, 10, None),
            Some(v) if quantity::AMOUNT.contains(v) => {}
            Some(v) if v > 0.0 => c.add(Rule::Sd10Range, "10", Some(same(quantity::written(v)))),
            Some(v) => c.add(Rule::Sd10Negative, "10", Some(same(v.to_string()))),
        }
        match self.currency.as_deref().map(str::trim) {
            None | Some("") => Self::required(c, 11, None),
            Some(_) => {
                let code = self.currency.as_deref().unwrap_or_default();
                let known = reference::currency_by_numeric_code(code).is_some()
                    || reference::currency_by_alpha3(code).is_some();
                if !known {
                    c.add(Rule::Sd11Currency, "11", Some(same(show(code))));
                }
            }
        }
        match self.previous_document.as_deref() {
            None => Self::required(c, 12, None),
            Some(t) if t.trim().is_empty() => Self::required(c, 12, None),
            // A TIR carnet stands for the DCD (R1 §58): column 12 may carry
            // its number, as the carnet carries it.
            Some(text) if crate::numbers::CarnetNumber::parse(text).is_some() => {}
            Some(text) => {
                c.quoted(text, NumberKind::Dcd, Rule::Sd12Format, "12", opts);
            }
        }
    }

    fn check_columns_14_to_17(&self, c: &mut Checker) {
        match &self.storage_place {
            None => Self::required(c, 14, None),
            Some(p) => {
                let mut missing = Vec::new();
                for (value, part) in [
                    (&p.name, ("атауы", "наименование", "name")),
                    (
                        &p.location,
                        ("орналасқан жері", "местонахождение", "location"),
                    ),
                    (&p.owner, ("иесі", "владелец", "owner")),
                ] {
                    if blank(value) {
                        missing.push(part);
                    }
                }
                if !p.placed {
                    missing.push((
                        "сақтауға орналастырылғаны туралы қойма белгісі",
                        "отметка склада о помещении на хранение",
                        "the warehouse's mark that the goods were placed",
                    ));
                }
                if !missing.is_empty() {
                    Self::required(c, 14, parts(&missing));
                }
            }
        }
        if self.storage_term.is_none() {
            Self::required(c, 15, None);
        }
        if blank(&self.customs_office) {
            Self::required(c, 16, None);
        }
        if blank(&self.decision) {
            Self::required(c, 17, None);
        }
    }

    fn check_signatures(&self, c: &mut Checker) {
        match &self.declarant {
            None => c.add(Rule::SdDeclarantRequired, "declarant", ()),
            Some(d) => {
                let mut missing = Vec::new();
                if blank(&d.name) {
                    missing.push(("аты-жөні", "ФИО", "name"));
                }
                if d.date.is_none() {
                    missing.push(("күні", "дата", "date"));
                }
                if !missing.is_empty() {
                    c.add(Rule::SdDeclarantRequired, "declarant", parts(&missing));
                }
            }
        }
        match &self.officer {
            None => c.add(Rule::SdOfficerRequired, "officer", ()),
            Some(o) => {
                let mut missing = Vec::new();
                if blank(&o.name) {
                    missing.push(("аты-жөні", "ФИО", "name"));
                }
                if blank(&o.personal_seal) {
                    missing.push((
                        "жеке нөмірлік мөрі",
                        "личная номерная печать",
                        "personal numbered seal",
                    ));
                }
                if o.date.is_none() {
                    missing.push(("күні", "дата", "date"));
                }
                if !missing.is_empty() {
                    c.add(Rule::SdOfficerRequired, "officer", parts(&missing));
                }
            }
        }
    }

    fn check_filled_by(&self, c: &mut Checker) {
        let declarant = self.declarant.as_ref().map(|d| d.role);
        // A specially authorised person is present once the declaration
        // shows a carrier's representative on the carrier's side.
        let authorised = declarant == Some(Party::CarrierRepresentative)
            || self
                .filled_by
                .iter()
                .any(|(col, p)| !col.filled_by_officer() && *p == Party::CarrierRepresentative);
        match declarant {
            Some(Party::CustomsOfficer) => c.push(
                Rule::SdFilledBy,
                "declarant",
                Some(wrong_party(Party::CustomsOfficer, "1–14")),
                Some("R1 §31".to_owned()),
            ),
            Some(Party::Driver) if authorised => c.push(
                Rule::SdFilledBy,
                "declarant",
                Some(driver_with_representative()),
                Some("R1 §31".to_owned()),
            ),
            _ => {}
        }
        for (&column, &party) in &self.filled_by {
            let n = usize::from(column.number());
            let detail = if column.filled_by_officer() {
                (party != Party::CustomsOfficer).then(|| wrong_party(party, "15–17"))
            } else {
                match party {
                    Party::CustomsOfficer => Some(wrong_party(party, "1–14")),
                    Party::Driver if authorised => Some(driver_with_representative()),
                    _ => None,
                }
            };
            if detail.is_some() {
                let source = if column.filled_by_officer() {
                    format!("R1 §32 col. {n}")
                } else {
                    format!("R1 §31 col. {n}")
                };
                c.push(Rule::SdFilledBy, COLUMNS[n], detail, Some(source));
            }
        }
    }

    fn check_late(&self, c: &mut Checker, calendar: &WorkingCalendar) {
        let filed = self.declarant.as_ref().and_then(|d| d.date);
        let (Some(arrived), Some(filed)) = (self.arrival_date, filed) else {
            return;
        };
        // No working day follows the last dates chrono holds: nothing can be
        // filed after them either.
        let Some(deadline) = calendar.checked_next_working_day(arrived) else {
            return;
        };
        if filed > deadline {
            c.add(
                Rule::SdLate,
                "declarant.date",
                Some(Text::new(
                    format!("келген күні {arrived}, келесі жұмыс күні {deadline}, берілген күні {filed}"),
                    format!("прибытие {arrived}, следующий рабочий день {deadline}, подана {filed}"),
                    format!("arrived {arrived}, next working day {deadline}, filed {filed}"),
                )),
            );
        }
    }

    /// The last day on which this declaration is still filed in time: the
    /// first working day after the arrival date (R1 §26) in `calendar`, if the
    /// arrival date is known.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::calendar::WorkingCalendar;
    /// use kazcustoms_core::short_declaration::ShortDeclaration;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// let mut sd = ShortDeclaration::default();
    /// sd.arrival_date = Some(d(4, 10)); // a Friday
    /// assert_eq!(sd.filing_deadline(&WorkingCalendar::kazakhstan()), Some(d(4, 13))); // the Monday
    /// ```
    pub fn filing_deadline(&self, calendar: &WorkingCalendar) -> Option<chrono::NaiveDate> {
        self.arrival_date
            .and_then(|a| calendar.checked_next_working_day(a))
    }
}

fn unnamed(index: usize) -> Text {
    // `index` is of an entry in a list held in memory: it is below usize::MAX.
    let n = index.saturating_add(1);
    Text::new(
        format!("{n}-жолдың атауы жоқ"),
        format!("в строке {n} нет наименования"),
        format!("entry {n} has no name"),
    )
}

fn wrong_party(party: Party, columns: &str) -> Text {
    let (kk, ru, en) = match party {
        Party::CarrierRepresentative => (
            "тасымалдаушының өкілі",
            "представитель перевозчика",
            "the carrier's representative",
        ),
        Party::Driver => ("көлікті басқаратын адам", "водитель", "the driver"),
        Party::CustomsOfficer => (
            "кеден органының лауазымды адамы",
            "должностное лицо таможни",
            "the customs officer",
        ),
    };
    let (fkk, fru, fen) = if columns == "15–17" {
        (
            "15–17-бағандарды кеден органының лауазымды адамы толтырады",
            "графы 15–17 заполняет должностное лицо таможни",
            "columns 15–17 are filled by the customs officer",
        )
    } else {
        (
            "1–14-бағандарды тасымалдаушының өкілі (ол болмаса, көлікті басқаратын адам) толтырады",
            "графы 1–14 заполняет представитель перевозчика (при его отсутствии — водитель)",
            "columns 1–14 are filled by the carrier's representative (absent one, the driver)",
        )
    };
    Text::new(
        format!("{kk} толтырған; {fkk}"),
        format!("заполнено: {ru}; {fru}"),
        format!("filled by {en}; {fen}"),
    )
}

fn driver_with_representative() -> Text {
    Text::new(
        "тасымалдаушының өкілі бар кезде көлікті басқаратын адам толтырмайды",
        "при наличии представителя перевозчика водитель не заполняет",
        "the driver fills only where there is no carrier's representative, and there is one",
    )
}
