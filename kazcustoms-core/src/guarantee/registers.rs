//! The registers of the destination office (R1 §15, §17, §20; annexes 4–5)
//! as serialisable values, each exportable as a [`Table`] in the annex's
//! column order with headers in Kazakh (the annex's text), Russian and
//! English.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::application::{Carriage, Recipient};
use super::document::{FulfilmentMark, GuaranteeDocument};
use super::GuaranteeState;
use crate::numbers::{Code, GuaranteeNumber, ParseOptions};
use crate::report::Text;
use crate::tables::Table;
use crate::Error;

/// The highest recipient number: the `RRRR` group has four digits (§18).
pub const MAX_RECIPIENTS: u32 = 9999;

fn opt(text: &Option<String>) -> String {
    text.as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned()
}

/// One recipient in the recipients register (annex 4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientEntry {
    /// The recipient's number in the register, 4 digits (`0042`): the
    /// `RRRR` group of its obligations' numbers (annex 4 column 1).
    pub number: String,
    /// Name, address, classifier code, taxpayer number (annex 4 column 2).
    pub recipient: Recipient,
    /// The date the application for registration was submitted (column 3).
    #[serde(deserialize_with = "crate::dates::one")]
    pub application_date: NaiveDate,
    /// Additional documents and information obtained at an additional check
    /// (column 4).
    #[serde(default)]
    pub additional_documents: Vec<String>,
    /// The officer who made the entry (column 5, the signature).
    #[serde(default)]
    pub officer: Option<String>,
}

/// The register of recipients of goods kept by the destination office
/// (R1 §15, annex 4). Each recipient is entered once and keeps its number;
/// numbers run 0001, 0002, … and are never reused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct RecipientsRegister {
    entries: Vec<RecipientEntry>,
}

fn same_recipient(a: &Recipient, b: &Recipient) -> bool {
    fn norm(t: &Option<String>) -> Option<&str> {
        t.as_deref().map(str::trim).filter(|t| !t.is_empty())
    }
    match (norm(&a.tax_number), norm(&b.tax_number)) {
        (Some(x), Some(y)) => x == y,
        _ => norm(&a.name).is_some() && norm(&a.name) == norm(&b.name),
    }
}

impl RecipientsRegister {
    /// An empty register.
    pub fn new() -> RecipientsRegister {
        RecipientsRegister::default()
    }

    /// The entries, in the order of their numbers.
    pub fn entries(&self) -> &[RecipientEntry] {
        &self.entries
    }

    /// The entry of this recipient: the same taxpayer number where both have
    /// one, else the same name.
    pub fn find(&self, recipient: &Recipient) -> Option<&RecipientEntry> {
        self.entries
            .iter()
            .find(|e| same_recipient(&e.recipient, recipient))
    }

    /// The entry with this 4-digit number.
    pub fn get(&self, number: &str) -> Option<&RecipientEntry> {
        // The register numbers 0001, 0002, …: number n is entry n − 1 (a
        // register read from entries not so numbered is searched).
        let at = Code::parse(number, 4)
            .and_then(|c| usize::try_from(c.value()).ok())
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| self.entries.get(i))
            .filter(|e| e.number == number);
        at.or_else(|| self.entries.iter().find(|e| e.number == number))
    }

    /// Puts the recipient on record (§15) and returns its number; a
    /// recipient already on record keeps its number and no entry is added.
    ///
    /// # Errors
    ///
    /// An input error when the register is full (9999 recipients: the
    /// `RRRR` group has four digits). Reading: like `JOURNAL.FULL`, never a
    /// wrap-around and never a reused number; it is an input error, not a
    /// rule violation, because the register is not a yearly journal and
    /// nothing in R1 governs its overflow.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kazcustoms_core::guarantee::{Recipient, RecipientsRegister};
    /// let mut reg = RecipientsRegister::new();
    /// let alma = Recipient { name: Some("ТОО «АЛМА»".into()), tax_number: Some("060140001234".into()), ..Default::default() };
    /// let date = NaiveDate::from_ymd_opt(2026, 2, 2).unwrap();
    /// assert_eq!(reg.enrol(&alma, date, &[], None).unwrap().to_string(), "0001");
    /// assert_eq!(reg.enrol(&alma, date, &[], None).unwrap().to_string(), "0001");
    /// assert_eq!(reg.entries().len(), 1);
    /// ```
    pub fn enrol(
        &mut self,
        recipient: &Recipient,
        application_date: NaiveDate,
        additional_documents: &[String],
        officer: Option<&str>,
    ) -> Result<Code, Error> {
        if let Some(e) = self.find(recipient) {
            return Ok(Code::parse(&e.number, 4).unwrap_or(Code::new(0, 4)));
        }
        let next = self.entries.len() as u32 + 1;
        if next > MAX_RECIPIENTS {
            return Err(Error::invalid_argument(
                "recipients register",
                Text::new(
                    format!("алушылар тізілімі толды: {MAX_RECIPIENTS} соңғы нөмір"),
                    format!("реестр получателей заполнен: {MAX_RECIPIENTS} — последний номер"),
                    format!("the recipients register is full: {MAX_RECIPIENTS} is the last number"),
                ),
            ));
        }
        let code = Code::new(next, 4);
        self.entries.push(RecipientEntry {
            number: code.to_string(),
            recipient: recipient.clone(),
            application_date,
            additional_documents: additional_documents.to_vec(),
            officer: officer.map(str::to_owned),
        });
        Ok(code)
    }

    /// The register as a table (annex 4: five columns).
    pub fn table(&self) -> Table {
        let mut t = Table::new(
            Text::new(
                "Баратын кеден органының тауарларды алушыларды есепке алу журналы (4-қосымша)",
                "Журнал учёта получателей товаров таможни назначения (приложение 4)",
                "Register of recipients of goods at the destination office (annex 4)",
            ),
            vec![
                Text::new("N", "№", "No"),
                Text::new(
                    "Атауы, мекен-жайы, кәсіпорынның және ұйымның жалпы жіктеме бойынша коды, салық төлеушінің тіркеу нөмірі",
                    "Наименование, адрес, код по общему классификатору предприятий и организаций, регистрационный номер налогоплательщика",
                    "Name, address, classifier code of enterprises and organisations, taxpayer registration number",
                ),
                Text::new(
                    "Алушының есепке қою туралы өтініші берілген күн",
                    "Дата подачи заявления получателя о постановке на учёт",
                    "Date of the recipient's application for registration",
                ),
                Text::new(
                    "Қосымша құжаттар мен мәліметтер (қосымша тексеру кезінде алынған мәліметтер)",
                    "Дополнительные документы и сведения (сведения, полученные при дополнительной проверке)",
                    "Additional documents and information (obtained at an additional check)",
                ),
                Text::new("Лауазымды адамның қолы", "Подпись должностного лица", "Officer's signature"),
            ],
        );
        for e in &self.entries {
            let r = &e.recipient;
            let details: Vec<String> = [&r.name, &r.address, &r.classifier_code, &r.tax_number]
                .into_iter()
                .map(opt)
                .filter(|s| !s.is_empty())
                .collect();
            t.push(vec![
                e.number.clone(),
                details.join("; "),
                e.application_date.to_string(),
                e.additional_documents.join("; "),
                opt(&e.officer),
            ]);
        }
        t
    }
}

/// One guarantee obligation in the journal of the destination office
/// (annex 5), with its state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// The registration number `RRRR/CCC/DDMMY/NNNN` (§18; column 3).
    pub number: String,
    /// The date of registration (the number's date, with its full year).
    #[serde(deserialize_with = "crate::dates::one")]
    pub registered: NaiveDate,
    /// The recipient's number in the recipients register (`RRRR`).
    pub recipient_number: String,
    /// The recipient's name (column 2).
    pub recipient: String,
    /// The destination office's 5-digit code.
    pub destination_office: String,
    /// The validity term: the last day (§19; column 7 "delivery term").
    #[serde(deserialize_with = "crate::dates::one")]
    pub valid_until: NaiveDate,
    /// Country of dispatch (column 4), departure office (column 5), goods
    /// (column 6), carrier, warehouse, distance.
    pub carriage: Carriage,
    /// The state.
    pub state: GuaranteeState,
    /// The departure office's DCD it was taken with (§25; column 8).
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// The mark of fulfilment (column 9).
    #[serde(default)]
    pub fulfilment: Option<FulfilmentMark>,
    /// The mark `ҚАЙТАРЫЛДЫ` / `ВОЗВРАЩЕНО` of a returned obligation (§22;
    /// column 9).
    #[serde(default)]
    pub returned_mark: Option<String>,
    /// The officer who registered it (column 10).
    #[serde(default)]
    pub officer: Option<String>,
}

impl Obligation {
    /// The number, parsed with its registration date as the reference.
    ///
    /// # Errors
    ///
    /// The `NUM.*` rule a corrupted record breaks.
    pub fn parsed_number(&self) -> Result<GuaranteeNumber, Error> {
        Ok(GuaranteeNumber::parse(
            &self.number,
            &ParseOptions::new(self.registered),
        )?)
    }

    /// The obligation as a `guarantee` document (kind `guarantee`).
    pub fn to_document(&self) -> GuaranteeDocument {
        GuaranteeDocument {
            number: Some(self.number.clone()),
            state: Some(self.state),
            recipient: Recipient {
                name: Some(self.recipient.clone()),
                ..Recipient::default()
            },
            destination_office: Some(self.destination_office.clone()),
            valid_until: Some(self.valid_until),
            carriage: self.carriage.clone(),
            dcd_number: self.dcd_number.clone(),
            fulfilment: self.fulfilment.clone(),
            returned_mark: self.returned_mark.clone(),
            refusal_reasons: Vec::new(),
            officer: self.officer.clone(),
        }
    }

    /// The text of column 9: the declaration number, or the return mark.
    pub fn mark(&self) -> String {
        if let Some(m) = &self.fulfilment {
            let n = m
                .short_declaration
                .as_ref()
                .or(m.customs_declaration.as_ref());
            return n.cloned().unwrap_or_default();
        }
        self.returned_mark.clone().unwrap_or_default()
    }
}

/// The guarantee-obligation journal of the destination office (R1 §17,
/// annex 5), in the order of registration.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct ObligationsJournal {
    entries: Vec<Obligation>,
}

impl ObligationsJournal {
    /// An empty journal.
    pub fn new() -> ObligationsJournal {
        ObligationsJournal::default()
    }

    /// The obligations, in the order of registration.
    pub fn entries(&self) -> &[Obligation] {
        &self.entries
    }

    /// The obligation with this number.
    pub fn get(&self, number: &str) -> Option<&Obligation> {
        self.entries.iter().find(|o| o.number == number)
    }

    pub(crate) fn get_mut(&mut self, number: &str) -> Option<&mut Obligation> {
        self.entries.iter_mut().find(|o| o.number == number)
    }

    pub(crate) fn push(&mut self, obligation: Obligation) {
        self.entries.push(obligation);
    }

    /// The journal as a table (annex 5: ten columns). Column 1 is the
    /// obligation's sequence in the journal (the `NNNN` group); column 9
    /// carries the declaration number of the mark of fulfilment, or the
    /// mark `ҚАЙТАРЫЛДЫ` / `ВОЗВРАЩЕНО`.
    pub fn table(&self) -> Table {
        let mut t = Table::new(
            Text::new(
                "Кепілді міндеттемелерді тіркеу журналы (5-қосымша)",
                "Журнал регистрации гарантийных обязательств (приложение 5)",
                "Guarantee obligation registration journal (annex 5)",
            ),
            vec![
                Text::new("N", "№", "No"),
                Text::new("Алушының атауы", "Наименование получателя", "Recipient"),
                Text::new(
                    "Тіркеу нөмірі",
                    "Регистрационный номер",
                    "Registration number",
                ),
                Text::new("Жіберуші ел", "Страна отправления", "Country of dispatch"),
                Text::new(
                    "Жөнелтуші кеден органы",
                    "Таможня отправления",
                    "Departure customs office",
                ),
                Text::new("Тауардың атауы", "Наименование товара", "Goods"),
                Text::new("Жеткізу мерзімі", "Срок доставки", "Delivery term"),
                Text::new(
                    "Жөнелтуші кеден органының жеткізілуін бақылау құжатының нөмірі",
                    "Номер документа контроля доставки таможни отправления",
                    "Departure office's DCD number",
                ),
                Text::new(
                    "Орындалуы туралы белгі (жүк кедендік декларация, қысқаша декларация N)",
                    "Отметка об исполнении (№ грузовой таможенной декларации, краткой декларации)",
                    "Mark of fulfilment (cargo customs declaration or short declaration No)",
                ),
                Text::new(
                    "Лауазымды адамның қолы",
                    "Подпись должностного лица",
                    "Officer's signature",
                ),
            ],
        );
        for (i, o) in self.entries.iter().enumerate() {
            let n = o.parsed_number().map_or(i as u32 + 1, |n| n.sequence());
            t.push(vec![
                n.to_string(),
                o.recipient.clone(),
                o.number.clone(),
                opt(&o.carriage.country_of_dispatch),
                opt(&o.carriage.departure_office),
                opt(&o.carriage.goods),
                o.valid_until.to_string(),
                opt(&o.dcd_number),
                o.mark(),
                opt(&o.officer),
            ]);
        }
        t
    }
}

/// One entry of the register of recipients who failed their obligations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FailedEntry {
    /// The recipient's number in the recipients register.
    pub recipient_number: String,
    /// The recipient's name.
    pub recipient: String,
    /// The obligation not fulfilled.
    pub obligation: String,
    /// The DCD it was taken with.
    #[serde(default)]
    pub dcd_number: Option<String>,
    /// Its validity term, which ended without the mark of fulfilment.
    #[serde(deserialize_with = "crate::dates::one")]
    pub valid_until: NaiveDate,
    /// The date the recipient was entered.
    #[serde(deserialize_with = "crate::dates::one")]
    pub entered: NaiveDate,
}

/// The register of recipients who failed their obligations to the customs
/// offices (R1 §20). The annexes give it no form; its columns are the
/// library's: No, recipient's number, recipient, obligation, DCD, term, date
/// entered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct FailedRecipients {
    entries: Vec<FailedEntry>,
}

impl FailedRecipients {
    /// An empty register.
    pub fn new() -> FailedRecipients {
        FailedRecipients::default()
    }

    /// The entries, in the order entered.
    pub fn entries(&self) -> &[FailedEntry] {
        &self.entries
    }

    /// The entries of the recipient with this register number.
    pub fn of(&self, recipient_number: &str) -> impl Iterator<Item = &FailedEntry> + '_ {
        let r = recipient_number.to_owned();
        self.entries.iter().filter(move |e| e.recipient_number == r)
    }

    pub(crate) fn push(&mut self, entry: FailedEntry) {
        self.entries.push(entry);
    }

    /// The register as a table.
    pub fn table(&self) -> Table {
        let mut t = Table::new(
            Text::new(
                "Кеден органдарының алдындағы өз міндеттемелерін орындамаған алушылардың тізілімі (20-тармақ)",
                "Реестр получателей, не исполнивших свои обязательства перед таможенными органами (пункт 20)",
                "Register of recipients who failed their obligations to the customs offices (§20)",
            ),
            vec![
                Text::new("N", "№", "No"),
                Text::new("Алушының тізілімдегі нөмірі", "Номер получателя в реестре", "Recipient's register number"),
                Text::new("Алушының атауы", "Наименование получателя", "Recipient"),
                Text::new("Кепілдік міндеттеменің нөмірі", "Номер гарантийного обязательства", "Guarantee obligation number"),
                Text::new("ЖБҚ нөмірі", "Номер ДКД", "DCD number"),
                Text::new("Жеткізу мерзімі", "Срок доставки", "Delivery term"),
                Text::new("Тізілімге енгізілген күн", "Дата внесения в реестр", "Date entered"),
            ],
        );
        for (i, e) in self.entries.iter().enumerate() {
            t.push(vec![
                (i + 1).to_string(),
                e.recipient_number.clone(),
                e.recipient.clone(),
                e.obligation.clone(),
                opt(&e.dcd_number),
                e.valid_until.to_string(),
                e.entered.to_string(),
            ]);
        }
        t
    }
}
