//! The rules of the security document (R3 §3–§18, annex 1): one pass, every
//! violation, each with its item. The readings chosen where the source is
//! open are listed in the module docs of [`crate::security`].

use crate::check::{blank, same, show, Checker};
use crate::context::Context;
use crate::numbers::{parse_number, Code, NumberKind, ParseOptions, RegistrationNumber};
use crate::quantity::{self, written, Sum};
use crate::reference;
use crate::report::{Report, Text};
use crate::rules::Rule;
use crate::security::lifecycle::SecurityState;
use crate::dcd::Office;
use crate::security::model::{
    Approval, Conclusion, DepartureRecord, Officer, PayerSignatures, ReturnKind, SecurityDocument,
    SecurityEntry, SecurityType,
};

/// No signature at all.
const NO_SIGNATURES: PayerSignatures = PayerSignatures {
    head: false,
    accountant: false,
    sealed: false,
};
use crate::Error;

/// One missing part, in three languages.
type Part = (&'static str, &'static str, &'static str);

const NAME: Part = ("аты-жөні", "ФИО", "name");
const SEAL: Part = ("жеке нөмірлі мөрі", "личная номерная печать", "personal numbered seal");
const SIGNATURE: Part = ("қолы", "подпись", "signature");

/// The missing parts, listed; `None` when nothing is missing.
pub(crate) fn parts(missing: &[Part]) -> Option<Text> {
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

/// A 1-based row number for a message (rows are held in memory, so below
/// `usize::MAX`).
fn row(i: usize) -> usize {
    i.saturating_add(1)
}

/// The parts of an officer's certification that are missing.
fn officer_gaps(o: Option<&Officer>, with_name: bool) -> Vec<Part> {
    let none = Officer::default();
    let o = o.unwrap_or(&none);
    let mut missing = Vec::new();
    if with_name && blank(&o.name) {
        missing.push(NAME);
    }
    if blank(&o.personal_seal) {
        missing.push(SEAL);
    }
    if !o.signed {
        missing.push(SIGNATURE);
    }
    missing
}

/// The sum of the table's values picked by `value`, when every row has one
/// within `range` (else `None`: the gap or the out-of-range value is
/// reported under its own rule).
fn table_sum(
    doc: &SecurityDocument,
    value: fn(&crate::security::model::GoodsRow) -> Option<f64>,
    range: quantity::Range,
) -> Option<Sum> {
    let mut sum = Sum::hundredths();
    for g in &doc.goods {
        let x = value(g).filter(|&x| range.contains(x))?;
        sum.add(x).ok()?;
    }
    Some(sum)
}

/// `a` and `b` equal as amounts in hundredths.
fn same_amount(a: f64, b: f64) -> bool {
    let s = Sum::hundredths();
    matches!((s.units_of(a), s.units_of(b)), (Ok(x), Ok(y)) if x == y)
}

impl SecurityDocument {
    /// Its state, `issued` when not given.
    pub fn state(&self) -> SecurityState {
        self.state.unwrap_or(SecurityState::Issued)
    }

    /// The total of the pre-calculated payments: the sum of the table's
    /// amounts, exact in hundredths, when every row has an amount within
    /// its range ([`crate::quantity::AMOUNT`]).
    ///
    /// ```
    /// use kazcustoms_core::security::{GoodsRow, SecurityDocument};
    /// let row = |a| GoodsRow { amount: Some(a), ..Default::default() };
    /// let doc = SecurityDocument { goods: vec![row(0.1), row(0.2)], ..Default::default() };
    /// assert_eq!(doc.payments_total(), Some(0.3));
    /// ```
    pub fn payments_total(&self) -> Option<f64> {
        table_sum(self, |g| g.amount, quantity::AMOUNT).map(|s| s.value())
    }

    /// The total invoice value of the table in tenge, when every row has one
    /// within its range.
    pub fn invoice_total_kzt(&self) -> Option<f64> {
        table_sum(self, |g| g.invoice_value_kzt, quantity::AMOUNT).map(|s| s.value())
    }

    /// Checks every rule of the security document and returns all violations.
    ///
    /// # Errors
    ///
    /// None today: every gap is a violation in the report. The `Result`
    /// keeps the signature of the other document kinds.
    ///
    /// ```
    /// use kazcustoms_core::security::SecurityDocument;
    /// use kazcustoms_core::Context;
    /// let report = SecurityDocument::default().validate(&Context::default()).unwrap();
    /// assert!(report.rule_ids().contains(&"SEC.8.REQUIRED"));
    /// assert!(report.rule_ids().contains(&"SEC.JOURNAL"));
    /// ```
    pub fn validate(&self, ctx: &Context) -> Result<Report, Error> {
        let opts = ctx.parse_options();
        let mut c = Checker::new();
        let state = self.state();
        let number = self.check_number(&mut c, &opts, state);
        self.check_application(&mut c);
        self.check_items(&mut c);
        let payments = self.check_table(&mut c);
        self.check_signatures(&mut c, state);
        self.check_provided(&mut c, state, number.as_ref());
        self.check_journal(&mut c, state, number.as_ref(), payments);
        self.check_departure(&mut c, state, &opts);
        self.check_conclusion(&mut c, state);
        self.check_return(&mut c, state, number.as_ref());
        Ok(c.report)
    }

    /// The number (§11): a `security` number once registered; its office
    /// code is the registering office's (`SEC.OFFICE`).
    fn check_number(
        &self,
        c: &mut Checker,
        opts: &ParseOptions<'_>,
        state: SecurityState,
    ) -> Option<RegistrationNumber> {
        let text = self.number.as_deref().filter(|t| !t.trim().is_empty());
        let number = match text {
            None => None,
            Some(text) => match parse_number(NumberKind::Security, text, opts) {
                Ok(n) => Some(n),
                Err(e) => {
                    c.report.push(e.to_violation("number"));
                    None
                }
            },
        };
        if text.is_none() && state.reached(SecurityState::Registered) {
            c.add(
                Rule::SecJournal,
                "number",
                Text::new(
                    "тіркеу нөмірі жоқ",
                    "нет регистрационного номера",
                    "it has no registration number",
                ),
            );
        }
        if text.is_some() && state == SecurityState::Applied {
            c.add(
                Rule::SecState,
                "state",
                Text::new(
                    "applied күйіндегі құжаттың нөмірі бар",
                    "у документа в состоянии applied есть номер",
                    "a document in state applied has a number",
                ),
            );
        }
        let code = self
            .office
            .as_ref()
            .and_then(|o| o.code.as_deref())
            .map(str::trim)
            .filter(|t| !t.is_empty());
        if let (Some(code), Some(n)) = (code, number.as_ref()) {
            if let Some(in_number) = n.office() {
                if Code::parse(code, 5) != Some(in_number) {
                    c.add(
                        Rule::SecOffice,
                        "office.code",
                        Some(same(format!("{} ≠ {in_number}", show(code)))),
                    );
                }
            }
        }
        number
    }

    /// §5–§6: the purpose stated; a resident's registration card attached.
    fn check_application(&self, c: &mut Checker) {
        let app = self.application.as_ref();
        if app.is_none_or(|a| blank(&a.purpose)) {
            c.add(
                Rule::SecApplicationPurpose,
                "application.purpose",
                app.is_none().then(|| {
                    Text::new("өтініш жоқ", "заявления нет", "no application")
                }),
            );
        }
        let resident = self.participant.as_ref().is_some_and(|p| p.resident);
        if resident && !app.is_some_and(|a| a.registration_card) {
            c.add(Rule::SecCard, "application.registration_card", ());
        }
    }

    /// Items 1–7 and 9–11 of the face.
    fn check_items(&self, c: &mut Checker) {
        match &self.participant {
            None => c.add(Rule::Sec1Required, "1", ()),
            Some(p) => {
                let mut missing = Vec::new();
                if blank(&p.name) {
                    missing.push(("атауы", "наименование", "name"));
                }
                if blank(&p.details) {
                    missing.push(("деректемелері", "реквизиты", "details"));
                }
                if !missing.is_empty() {
                    c.add(Rule::Sec1Required, "1", parts(&missing));
                }
            }
        }
        for (value, rule, field) in [
            (&self.tax_number, Rule::Sec2Required, "2"),
            (&self.recipient, Rule::Sec4Required, "4"),
            (&self.carrier, Rule::Sec5Required, "5"),
            (&self.security_document, Rule::Sec10Required, "10"),
            (&self.purpose, Rule::Sec11Required, "11"),
        ] {
            if blank(value) {
                c.add(rule, field, ());
            }
        }
        // Item 6 is in the contract currency: not compared with the table,
        // whose invoice values are in tenge (notes §6).
        match self.total_invoice_value {
            None => c.add(Rule::Sec6Required, "6", ()),
            Some(v) if quantity::AMOUNT.contains(v) => {}
            Some(v) => c.add(Rule::Sec6Range, "6", Some(written(v))),
        }
        match self.currency.as_deref().map(str::trim) {
            None | Some("") => c.add(Rule::Sec7Required, "7", ()),
            Some(_) => {
                let code = self.currency.as_deref().unwrap_or_default();
                let known = reference::currency_by_numeric_code(code).is_some()
                    || reference::currency_by_alpha3(code).is_some();
                if !known {
                    c.add(Rule::Sec7Currency, "7", Some(show(code)));
                }
            }
        }
        match self.security_type.as_deref() {
            None => c.add(Rule::Sec9Required, "9", ()),
            Some(t) if t.trim().is_empty() => c.add(Rule::Sec9Required, "9", ()),
            Some(t) if SecurityType::parse(t).is_none() => {
                c.add(Rule::SecType, "9", Some(show(t)));
            }
            Some(_) => {}
        }
    }

    /// Item 8: every row complete and within range, the total the sum of
    /// the amounts. Returns the total of the payments when it is known.
    fn check_table(&self, c: &mut Checker) -> Option<Sum> {
        if self.goods.is_empty() {
            c.add(
                Rule::Sec8Required,
                "8",
                Text::new("кесте бос", "таблица пуста", "the table is empty"),
            );
        }
        for (i, g) in self.goods.iter().enumerate() {
            let mut missing: Vec<Part> = Vec::new();
            for (value, part) in [
                (&g.name, ("тауардың атауы", "наименование товара", "goods name")),
                (&g.commodity_code, ("СЭҚ ТН коды", "код ТН ВЭД", "commodity code")),
                (&g.payment_type, ("төлем түрі", "вид платежа", "payment type")),
                (&g.rate, ("ставкасы", "ставка", "rate")),
            ] {
                if blank(value) {
                    missing.push(part);
                }
            }
            let numbers: [(Option<f64>, Part, quantity::Range); 3] = [
                (
                    g.invoice_value_kzt,
                    ("фактуралық құны", "фактурная стоимость", "invoice value"),
                    quantity::AMOUNT,
                ),
                (g.weight_kg, ("салмағы", "вес", "weight"), quantity::WEIGHT_KG),
                (g.amount, ("сомасы", "сумма", "amount"), quantity::AMOUNT),
            ];
            for (value, part, range) in numbers {
                match value {
                    None => missing.push(part),
                    Some(x) if range.contains(x) => {}
                    Some(x) => {
                        let n = row(i);
                        c.add(
                            Rule::Sec8Range,
                            "8",
                            Text::new(
                                format!("{n}-жол, {}: {} {range} аралығынан тыс", part.0, written(x)),
                                format!("строка {n}, {}: {} вне диапазона {range}", part.1, written(x)),
                                format!("row {n}, {}: {} is outside {range}", part.2, written(x)),
                            ),
                        );
                    }
                }
            }
            if let Some(gaps) = parts(&missing) {
                let n = row(i);
                c.add(
                    Rule::Sec8Required,
                    "8",
                    Text::new(
                        format!("{n}-жол, {}", gaps.kk),
                        format!("строка {n}, {}", gaps.ru),
                        format!("row {n}, {}", gaps.en),
                    ),
                );
            }
        }
        let payments = table_sum(self, |g| g.amount, quantity::AMOUNT);
        match self.total {
            None => c.add(
                Rule::Sec8Required,
                "8",
                Text::new("жиынтығы жоқ", "нет итога", "no total"),
            ),
            Some(t) if !quantity::AMOUNT.contains(t) => c.add(
                Rule::Sec8Range,
                "8",
                Text::new(
                    format!("жиынтығы: {}", written(t)),
                    format!("итог: {}", written(t)),
                    format!("total: {}", written(t)),
                ),
            ),
            Some(t) => {
                if let Some(sum) = payments.filter(|_| !self.goods.is_empty()) {
                    let matches = sum.units_of(t).is_ok_and(|u| u == sum.units());
                    if !matches {
                        c.add(
                            Rule::SecTotal,
                            "8",
                            Some(format!("{} ≠ {}", written(t), sum.written())),
                        );
                    }
                }
            }
        }
        payments
    }

    /// §7–§9: two copies; the payer's head, accountant and seal; the
    /// officer's seal and signature (§8) and the head's (or deputy's)
    /// signature with the emblem seal (§9), once registered.
    fn check_signatures(&self, c: &mut Checker, state: SecurityState) {
        match self.copies {
            Some(2) => {}
            other => c.add(
                Rule::SecCopies,
                "copies",
                Some(other.map_or("—".to_owned(), |n| n.to_string())),
            ),
        }
        let payer = self.payer_signatures.as_ref().unwrap_or(&NO_SIGNATURES);
        let mut missing = Vec::new();
        if !payer.head {
            missing.push(("басшының қолы", "подпись руководителя", "head's signature"));
        }
        if !payer.accountant {
            missing.push(("бухгалтердің қолы", "подпись бухгалтера", "accountant's signature"));
        }
        if !payer.sealed {
            missing.push(("мөр", "печать", "seal"));
        }
        if !missing.is_empty() {
            c.add(Rule::SecPayerSigned, "payer_signatures", parts(&missing));
        }
        if !state.reached(SecurityState::Registered) {
            if self.certified.is_some() || self.approved.is_some() {
                c.add(Rule::SecState, "state", later_mark("certified / approved"));
            }
            return;
        }
        let gaps = officer_gaps(self.certified.as_ref(), true);
        if !gaps.is_empty() {
            c.add(Rule::SecOfficerCertified, "certified", parts(&gaps));
        }
        let none = Approval::default();
        let approval = self.approved.as_ref().unwrap_or(&none);
        let mut missing = Vec::new();
        if blank(&approval.name) {
            missing.push(NAME);
        }
        if !approval.signed {
            missing.push(SIGNATURE);
        }
        if !approval.emblem_seal {
            missing.push(("елтаңбалық мөр", "гербовая печать", "emblem seal"));
        }
        if !missing.is_empty() {
            c.add(Rule::SecHeadSigned, "approved", parts(&missing));
        }
    }

    /// §4: registered only once the security was provided, on or before
    /// the registration date (the date of the number).
    fn check_provided(
        &self,
        c: &mut Checker,
        state: SecurityState,
        number: Option<&RegistrationNumber>,
    ) {
        if !state.reached(SecurityState::Registered) {
            return;
        }
        match self.provided.as_ref().and_then(|p| p.date) {
            None => c.add(
                Rule::SecNotProvided,
                "provided",
                Text::new(
                    "қамтамасыз ету енгізілген күні жоқ",
                    "нет даты предоставления обеспечения",
                    "no date the security was provided",
                ),
            ),
            Some(date) => {
                if let Some(n) = number.filter(|n| date > n.date()) {
                    c.add(
                        Rule::SecNotProvided,
                        "provided.date",
                        Some(format!("{date} > {}", n.date())),
                    );
                }
            }
        }
    }

    /// §10, annex 2: the journal row, its No the number's sequence and its
    /// columns 2, 4, 5, 7 and 9 the form's; column 8 (the security amount)
    /// covering the payments (`SEC.AMOUNT`).
    fn check_journal(
        &self,
        c: &mut Checker,
        state: SecurityState,
        number: Option<&RegistrationNumber>,
        payments: Option<Sum>,
    ) {
        let Some(entry) = &self.journal else {
            if state.reached(SecurityState::Registered) {
                c.add(
                    Rule::SecJournal,
                    "journal",
                    Text::new("журнал жазбасы жоқ", "нет записи журнала", "no journal row"),
                );
            }
            return;
        };
        if !state.reached(SecurityState::Registered) {
            c.add(Rule::SecState, "state", later_mark("journal"));
        }
        let mut differ: Vec<String> = Vec::new();
        if let Some(n) = number {
            if entry.number != n.sequence() {
                differ.push(format!("1: {} ≠ {}", entry.number, n.sequence()));
            }
        }
        let name = self.participant.as_ref().map(|p| trimmed(&p.name)).unwrap_or_default();
        for (col, journal, form) in [
            ("2", entry.payer.trim(), name),
            ("4", entry.tax_number.trim(), trimmed(&self.tax_number)),
            ("5", entry.contract.trim(), trimmed(&self.contract)),
        ] {
            if journal != form {
                differ.push(format!("{col}: {} ≠ {}", show(journal), show(form)));
            }
        }
        let invoice = self.invoice_total_kzt().filter(|_| !self.goods.is_empty());
        match (entry.invoice_value, invoice) {
            (Some(j), Some(f)) if !same_amount(j, f) => {
                differ.push(format!("7: {} ≠ {f:.2}", written(j)));
            }
            (None, Some(f)) => differ.push(format!("7: — ≠ {f:.2}")),
            _ => {}
        }
        let form_type = self.security_type.as_deref().and_then(SecurityType::parse);
        let journal_type = SecurityType::parse(entry.security_type.trim());
        if form_type.is_some() && journal_type != form_type {
            differ.push(format!("9: {} ≠ {}", show(&entry.security_type), show(self.security_type.as_deref().unwrap_or_default())));
        }
        if !differ.is_empty() {
            c.add(Rule::SecJournal, "journal", Some(differ.join("; ")));
        }
        match entry.security_amount {
            None => c.add(
                Rule::SecAmount,
                "journal.security_amount",
                Text::new(
                    "8-баған толтырылмаған",
                    "графа 8 не заполнена",
                    "column 8 is empty",
                ),
            ),
            Some(a) if !quantity::AMOUNT.contains(a) => {
                c.add(Rule::SecAmountRange, "journal.security_amount", Some(written(a)));
            }
            Some(a) => {
                if let Some(total) = payments.filter(|_| !self.goods.is_empty()) {
                    let below = total.units_of(a).is_ok_and(|u| u < total.units());
                    if below {
                        c.add(
                            Rule::SecAmount,
                            "journal.security_amount",
                            Some(format!("{} < {}", written(a), total.written())),
                        );
                    }
                }
            }
        }
    }

    /// §14, §3: the departure block on the reverse, once presented; one DCD.
    fn check_departure(&self, c: &mut Checker, state: SecurityState, opts: &ParseOptions<'_>) {
        if !state.reached(SecurityState::PresentedAtDeparture) {
            if !self.departure.is_empty() {
                c.add(Rule::SecState, "state", later_mark("departure"));
            }
            return;
        }
        if self.departure.is_empty() {
            c.add(
                Rule::SecReverseDeparture,
                "departure",
                Text::new("белгі жоқ", "отметки нет", "no record"),
            );
        }
        // The distinct DCDs, kept only once a second one appears.
        let mut first: Option<RegistrationNumber> = None;
        let mut dcds: Vec<RegistrationNumber> = Vec::new();
        for (i, d) in self.departure.iter().enumerate() {
            self.check_departure_record(c, i, d);
            if let Some(text) = d.dcd_number.as_deref().filter(|t| !t.trim().is_empty()) {
                if let Some(n) =
                    c.quoted(text, NumberKind::Dcd, Rule::SecReverseDcdMatch, "departure.dcd_number", opts)
                {
                    match first {
                        None => first = Some(n),
                        Some(f) if f == n || dcds.contains(&n) => {}
                        Some(f) => {
                            if dcds.is_empty() {
                                dcds.push(f);
                            }
                            dcds.push(n);
                        }
                    }
                }
            }
        }
        if dcds.len() > 1 {
            let list = dcds.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            c.add(Rule::SecConsignment, "departure", Some(list));
        }
    }

    fn check_departure_record(&self, c: &mut Checker, i: usize, d: &DepartureRecord) {
        let mut missing: Vec<Part> = Vec::new();
        if blank(&d.dcd_number) {
            missing.push(("ЖБҚ N", "№ ДКД", "DCD No"));
        }
        for (value, part, range) in [
            (d.weight_kg, ("салмағы", "вес", "weight"), quantity::WEIGHT_KG),
            (d.invoice_value, ("фактуралық құны", "фактурная стоимость", "invoice value"), quantity::AMOUNT),
        ] {
            match value {
                None => missing.push(part),
                Some(x) if range.contains(x) => {}
                Some(x) => c.add(
                    Rule::SecReverseRange,
                    "departure",
                    Text::new(
                        format!("{}-жол, {}: {} {range} аралығынан тыс", row(i), part.0, written(x)),
                        format!("строка {}, {}: {} вне диапазона {range}", row(i), part.1, written(x)),
                        format!("row {}, {}: {} is outside {range}", row(i), part.2, written(x)),
                    ),
                ),
            }
        }
        if blank(&d.currency) {
            missing.push(("валюта коды", "код валюты", "currency code"));
        }
        if d.delivery_date.is_none() {
            missing.push(("жеткізілу күні", "дата доставки", "delivery date"));
        }
        missing.extend(officer_gaps(d.officer.as_ref(), false));
        if let Some(gaps) = parts(&missing) {
            let n = row(i);
            c.add(
                Rule::SecReverseDeparture,
                "departure",
                Text::new(
                    format!("{n}-жол, {}", gaps.kk),
                    format!("строка {n}, {}", gaps.ru),
                    format!("row {n}, {}", gaps.en),
                ),
            );
        }
    }

    /// §18: the certificate number once delivery is confirmed; the officer's
    /// seal and signature once the conclusion is entered.
    fn check_conclusion(&self, c: &mut Checker, state: SecurityState) {
        if !state.reached(SecurityState::DeliveryConfirmed) {
            if self.conclusion.is_some() {
                c.add(Rule::SecState, "state", later_mark("conclusion"));
            }
            return;
        }
        let none = Conclusion::default();
        let conclusion = self.conclusion.as_ref().unwrap_or(&none);
        let mut missing: Vec<Part> = Vec::new();
        if blank(&conclusion.certificate_number) {
            missing.push(("куәліктің N", "№ свидетельства", "certificate No"));
        }
        if state.reached(SecurityState::ConclusionEntered) {
            if blank(&conclusion.text) {
                missing.push(("қорытынды", "заключение", "conclusion"));
            }
            missing.extend(officer_gaps(conclusion.officer.as_ref(), false));
        }
        if !missing.is_empty() {
            c.add(Rule::SecReturnConclusion, "conclusion", parts(&missing));
        }
    }

    /// §16–§17: the application filed with the registering office, the
    /// original attached, its kind the final state's.
    fn check_return(
        &self,
        c: &mut Checker,
        state: SecurityState,
        number: Option<&RegistrationNumber>,
    ) {
        let Some(app) = &self.return_application else {
            if state.reached(SecurityState::ConclusionEntered) {
                c.add(
                    Rule::SecReturnOriginal,
                    "return_application",
                    Text::new("өтініш жоқ", "заявления нет", "no application"),
                );
            }
            return;
        };
        if !state.reached(SecurityState::DeliveryConfirmed) {
            c.add(Rule::SecState, "state", later_mark("return_application"));
        }
        let fits = match state {
            SecurityState::Returned => app.kind == ReturnKind::Return,
            SecurityState::OffsetApplied => app.kind == ReturnKind::Offset,
            _ => true,
        };
        if !fits {
            c.add(
                Rule::SecState,
                "return_application.kind",
                Some(format!("{} / {}", app.kind.name(), state.name())),
            );
        }
        if !app.original_attached {
            c.add(Rule::SecReturnOriginal, "return_application.original_attached", ());
        }
        // §16: "the office where the documents were registered". Its code is
        // compared with the number's office code, else with the document's
        // registering office; a name only with the registering office's name.
        let code = given(app.office.as_ref(), false);
        let registering = number
            .and_then(RegistrationNumber::office)
            .or_else(|| given(self.office.as_ref(), false).and_then(|t| Code::parse(t, 5)));
        let detail = match (code, registering) {
            (Some(a), Some(b)) if Code::parse(a, 5) != Some(b) => {
                Some(same(format!("{} ≠ {b}", show(a))))
            }
            (Some(_), _) => None,
            (None, _) => match (given(app.office.as_ref(), true), given(self.office.as_ref(), true)) {
                (None, _) => Some(Text::new("кеден органы көрсетілмеген", "таможенный орган не указан", "no office given")),
                (Some(a), Some(b)) if a != b => Some(same(format!("{} ≠ {}", show(a), show(b)))),
                _ => None,
            },
        };
        if detail.is_some() {
            c.add(Rule::SecReturnOffice, "return_application.office", detail);
        }
    }
}

/// A text trimmed, empty when absent.
fn trimmed(v: &Option<String>) -> &str {
    v.as_deref().map(str::trim).unwrap_or_default()
}

/// The office's name (`name`) or code as given, trimmed, if not blank.
fn given(o: Option<&Office>, name: bool) -> Option<&str> {
    o.and_then(|o| if name { o.name.as_deref() } else { o.code.as_deref() })
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The detail of `SEC.STATE` for a mark of a later state.
fn later_mark(what: &str) -> Text {
    Text::new(
        format!("кейінгі күйдің белгісі бар: {what}"),
        format!("есть отметка более позднего состояния: {what}"),
        format!("it carries a mark of a later state: {what}"),
    )
}

/// The journal row of `doc` with sequence `number` (what
/// [`SecurityDocument::register`](crate::security::SecurityDocument::register) writes).
pub(crate) fn entry_of(doc: &SecurityDocument, number: u32) -> SecurityEntry {
    let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or_default().to_owned();
    let goods = doc
        .goods
        .iter()
        .filter_map(|g| g.name.as_deref().map(str::trim))
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    SecurityEntry {
        number,
        payer: doc.participant.as_ref().map(|p| text(&p.name)).unwrap_or_default(),
        classifier_code: String::new(),
        tax_number: text(&doc.tax_number),
        contract: text(&doc.contract),
        goods,
        invoice_value: doc.invoice_total_kzt(),
        security_amount: doc.journal.as_ref().and_then(|j| j.security_amount),
        security_type: doc
            .security_type
            .as_deref()
            .and_then(SecurityType::parse)
            .map(|t| t.label().to_owned())
            .unwrap_or_default(),
        security_document: text(&doc.security_document),
        dcd_number: doc
            .departure
            .first()
            .map(|d| text(&d.dcd_number))
            .unwrap_or_default(),
        certificate_number: doc
            .conclusion
            .as_ref()
            .map(|k| text(&k.certificate_number))
            .unwrap_or_default(),
        conclusion: doc.conclusion.as_ref().map(|k| text(&k.text)).unwrap_or_default(),
        officer: doc
            .certified
            .as_ref()
            .map(|o| {
                let name = text(&o.name);
                let seal = text(&o.personal_seal);
                [name, seal].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(", ")
            })
            .unwrap_or_default(),
    }
}
