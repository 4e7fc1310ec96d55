//! The destination office's registers verified against themselves when they
//! are read back: from a saved office state
//! ([`GuaranteeOffice::from_state`](super::GuaranteeOffice::from_state)) or
//! as the entries of a journal to export
//! ([`JournalKind::table_from_json`](crate::documents::JournalKind::table_from_json)).
//!
//! What is checked is what the office's own steps keep true (office.rs):
//!
//! * `register` numbers the recipients 0001, 0002, … and enters each once
//!   (§15: the same taxpayer number, or the same name where one of the two
//!   has none, is the same recipient); it registers an obligation in state
//!   `registered`, numbered by the journal on its registration date for a
//!   recipient on the register, at this office, its term not ending before
//!   it starts;
//! * `take_at_departure` (`registered → used`) writes the DCD's number, the
//!   DCD dated within the obligation's term; the states after it (`used`,
//!   `fulfilled`, `failed`) keep it, the others have none;
//! * `fulfil` (`used → fulfilled`) writes the mark of fulfilment, exactly
//!   one declaration number; no other state has one;
//! * `return_unused` (`expired → returned`) writes `ҚАЙТАРЫЛДЫ` or
//!   `ВОЗВРАЩЕНО`; no other state has a return mark;
//! * `fail` (`used → failed`) enters the recipient on the register of
//!   failures once, with the obligation's recipient, DCD and term, on a date
//!   after the term; every failed obligation has its entry;
//! * `applied` and `refused` obligations have no number and are never in
//!   the journal;
//! * the numbering journal has issued every number the journal holds: none
//!   is dated after its last date, and in the year of its last date none has
//!   a sequence above its last sequence (else the next number would be
//!   issued a second time); a sequence is issued once a year.
//!
//! Every check is one pass with hash indexes: linear in the size of the
//! registers.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::registers::{FailedRecipients, Obligation, ObligationsJournal, RecipientsRegister};
use super::{GuaranteeState, RETURNED_KK, RETURNED_RU};
use crate::error::{Error, Place};
use crate::names::quote;
use crate::numbers::{Code, DcdNumber, ParseOptions};
use crate::text::Text;

fn trimmed(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

impl RecipientsRegister {
    /// Verifies the register: numbered 0001, 0002, … in order, at most
    /// [`MAX_RECIPIENTS`](super::MAX_RECIPIENTS), each recipient entered
    /// once (as [`RecipientsRegister::find`] tells recipients apart).
    pub(crate) fn verify(&self, place: Place<'_>) -> Result<(), Error> {
        let mut taxes: HashMap<&str, usize> = HashMap::new();
        // Per name: the first entry with it, and the first with it and no
        // taxpayer number.
        let mut names: HashMap<&str, (usize, Option<usize>)> = HashMap::new();
        for (i, e) in self.entries().iter().enumerate() {
            let want = Code::new(u32::try_from(i + 1).unwrap_or(u32::MAX), 4).to_string();
            if i >= super::MAX_RECIPIENTS as usize {
                let max = super::MAX_RECIPIENTS;
                return Err(place.at(
                    i,
                    "number",
                    Text::new(
                        format!("тізілімде ең көбі {max} алушы болады"),
                        format!("в реестре не более {max} получателей"),
                        format!("the register holds at most {max} recipients"),
                    ),
                ));
            }
            if e.number != want {
                let (n, q) = (i + 1, quote(&e.number));
                return Err(place.at(
                    i,
                    "number",
                    Text::new(
                        format!("{n}-алушы жазбасының нөмірі {q}, {want} болуы керек: тізілім 0001, 0002, … ретімен нөмірленеді"),
                        format!("у записи получателя {n} номер {q}, ожидается {want}: реестр нумеруется 0001, 0002, … по порядку"),
                        format!("recipient entry {n} has the number {q}, expected {want}: the register numbers 0001, 0002, … in order"),
                    ),
                ));
            }
            let tax = trimmed(&e.recipient.tax_number);
            if let Some(t) = tax {
                if let Some(&k) = taxes.get(t) {
                    let (q, other) = (quote(t), &self.entries()[k].number);
                    return Err(place.at(
                        i,
                        "recipient.tax_number",
                        Text::new(
                            format!("салық төлеушінің нөмірі {q} {other} алушыда бар: алушы бір рет енгізіледі (15-тармақ)"),
                            format!("номер налогоплательщика {q} уже у получателя {other}: получатель вносится один раз (пункт 15)"),
                            format!("the taxpayer number {q} is already recipient {other}'s: a recipient is entered once (§15)"),
                        ),
                    ));
                }
                taxes.insert(t, i);
            }
            if let Some(n) = trimmed(&e.recipient.name) {
                let seen = names.entry(n).or_insert((i, None));
                let same = match (tax, seen.1) {
                    _ if seen.0 == i => None,
                    (None, _) => Some(seen.0),
                    (Some(_), without) => without,
                };
                if tax.is_none() && seen.1.is_none() {
                    seen.1 = Some(i);
                }
                if let Some(k) = same {
                    let (q, other) = (quote(n), &self.entries()[k].number);
                    return Err(place.at(
                        i,
                        "recipient.name",
                        Text::new(
                            format!("{q} атауы {other} алушыда бар, әрі біреуінің салық төлеуші нөмірі жоқ: алушы бір рет енгізіледі (15-тармақ)"),
                            format!("наименование {q} уже у получателя {other}, и у одного из них нет номера налогоплательщика: получатель вносится один раз (пункт 15)"),
                            format!("the name {q} is already recipient {other}'s, and one of the two has no taxpayer number: a recipient is entered once (§15)"),
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What [`ObligationsJournal::verify`] read of each obligation: its
/// registration year and sequence, and where each number is.
pub(crate) struct ObligationIndex<'a> {
    /// `(sequence, registration date)` of each obligation, in order.
    pub(crate) numbers: Vec<(u32, NaiveDate)>,
    /// The position of each number.
    pub(crate) by_number: HashMap<&'a str, usize>,
}

impl ObligationsJournal {
    /// Verifies each obligation against itself (its number, dates, office,
    /// and the marks its state carries) and the journal's numbers against
    /// each other (each once; a sequence once a year at one office). With
    /// `office`, every obligation is this office's.
    pub(crate) fn verify<'a>(
        &'a self,
        place: Place<'_>,
        office: Option<Code>,
    ) -> Result<ObligationIndex<'a>, Error> {
        let entries = self.entries();
        let mut index = ObligationIndex {
            numbers: Vec::with_capacity(entries.len()),
            by_number: HashMap::with_capacity(entries.len()),
        };
        let mut sequences: HashMap<(&str, i32, u32), usize> = HashMap::with_capacity(entries.len());
        for (i, o) in entries.iter().enumerate() {
            let (sequence, date) = verify_obligation(o, i, place, office)?;
            if let Some(&k) = index.by_number.get(o.number.as_str()) {
                let (q, other) = (quote(&o.number), place.entry(k));
                return Err(place.at(
                    i,
                    "number",
                    Text::new(
                        format!("{q} нөмірі {other} міндеттемеде бар: нөмір бір рет беріледі"),
                        format!("номер {q} уже у обязательства {other}: номер выдаётся один раз"),
                        format!(
                            "the number {q} is already that of {other}: a number is issued once"
                        ),
                    ),
                ));
            }
            index.by_number.insert(&o.number, i);
            match sequences.entry((o.destination_office.as_str(), date.year(), sequence)) {
                Entry::Occupied(k) => {
                    let (k, year) = (*k.get(), date.year());
                    let (other, q) = (place.entry(k), quote(&entries[k].number));
                    return Err(place.at(
                        i,
                        "number",
                        Text::new(
                            format!("{year} жылғы {sequence} реттік нөмірі {other} ({q}) міндеттемесінде бар: журнал әр нөмірді жылына бір рет береді"),
                            format!("порядковый номер {sequence} за {year} год уже у {other} ({q}): журнал выдаёт каждый номер один раз в год"),
                            format!("the sequence {sequence} of {year} is already that of {other} ({q}): the journal issues each sequence once a year"),
                        ),
                    ));
                }
                Entry::Vacant(v) => {
                    v.insert(i);
                }
            }
            index.numbers.push((sequence, date));
        }
        Ok(index)
    }
}

/// The sequence and registration date of obligation `i`, after checking it
/// against itself.
fn verify_obligation(
    o: &Obligation,
    i: usize,
    place: Place<'_>,
    office: Option<Code>,
) -> Result<(u32, NaiveDate), Error> {
    let q = || quote(&o.number);
    let n = o.parsed_number().map_err(|e| {
        let (e, q) = (e.text(), q());
        place.at(
            i,
            "number",
            Text::new(
                format!("{q} нөмірі оқылмайды: {}", e.kk),
                format!("номер {q} не читается: {}", e.ru),
                format!("the number {q} does not read: {}", e.en),
            ),
        )
    })?;
    let (registered, date) = (o.registered, n.date());
    if date != registered {
        let q = q();
        return Err(place.at(
            i,
            "registered",
            Text::new(
                format!("тіркелген күні {registered}, ал {q} нөмірінің күні {date}"),
                format!("дата регистрации {registered}, а номер {q} датирован {date}"),
                format!("registered on {registered}, but the number {q} is dated {date}"),
            ),
        ));
    }
    let recipient = n.recipient();
    if Code::parse(&o.recipient_number, 4) != Some(recipient) {
        let (r, q) = (quote(&o.recipient_number), q());
        return Err(place.at(
            i,
            "recipient_number",
            Text::new(
                format!("{r} {q} нөміріндегі алушы тобы {recipient} емес"),
                format!("{r} — не группа получателя {recipient} номера {q}"),
                format!("{r} is not the recipient group {recipient} of the number {q}"),
            ),
        ));
    }
    let dest = || quote(&o.destination_office);
    let code = match office {
        Some(code) if Code::parse(&o.destination_office, 5) != Some(code) => {
            let dest = dest();
            return Err(place.at(
                i,
                "destination_office",
                Text::new(
                    format!("{dest} бұл кеден органы {code} емес"),
                    format!("{dest} — не эта таможня {code}"),
                    format!("{dest} is not this office {code}"),
                ),
            ));
        }
        Some(code) => code,
        None => Code::parse(&o.destination_office, 5).ok_or_else(|| {
            let dest = dest();
            place.at(
                i,
                "destination_office",
                Text::new(
                    format!("{dest} кеден органының 5 таңбалы коды емес"),
                    format!("{dest} не является 5-значным кодом таможенного органа"),
                    format!("{dest} is not a 5-digit customs office code"),
                ),
            )
        })?,
    };
    let prefix = n.office_prefix();
    if prefix.value() != code.value() / 100 {
        let q = q();
        return Err(place.at(
            i,
            "number",
            Text::new(
                format!("{q} нөміріндегі {prefix} баратын кеден органының {code} кодының алғашқы үш цифры емес"),
                format!("{prefix} в номере {q} — не первые три цифры кода таможни назначения {code}"),
                format!("{prefix} in the number {q} is not the first three digits of the destination office {code}"),
            ),
        ));
    }
    let until = o.valid_until;
    if until < registered {
        return Err(place.at(
            i,
            "valid_until",
            Text::new(
                format!("мерзім {until} тіркеу күнінен {registered} бұрын аяқталады"),
                format!("срок {until} кончается раньше регистрации {registered}"),
                format!("the term {until} ends before the registration {registered}"),
            ),
        ));
    }
    verify_marks(o, i, place)?;
    Ok((n.sequence(), date))
}

/// The obligation's state against the marks the steps into it write.
fn verify_marks(o: &Obligation, i: usize, place: Place<'_>) -> Result<(), Error> {
    use GuaranteeState as S;
    let state = o.state;
    let s = state.name();
    if !state.is_registered() {
        return Err(place.at(
            i,
            "state",
            Text::new(
                format!("{s} міндеттеменің нөмірі жоқ, ол журналға енгізілмейді"),
                format!("обязательство в состоянии {s} не имеет номера и не вносится в журнал"),
                format!("a {s} obligation has no number and is not in the journal"),
            ),
        ));
    }
    // The DCD it was taken with (take_at_departure).
    match (&o.dcd_number, state.is_taken()) {
        (None, true) => {
            return Err(place.at(
                i,
                "dcd_number",
                Text::new(
                    format!("{s} міндеттеме жөнелтуші кеден органында алынған: ЖБҚ нөмірі болады (25-тармақ)"),
                    format!("обязательство в состоянии {s} изъято таможней отправления: у него есть номер ДКД (пункт 25)"),
                    format!("a {s} obligation was taken at departure: it carries the DCD's number (§25)"),
                ),
            ))
        }
        (Some(_), false) => {
            return Err(place.at(
                i,
                "dcd_number",
                Text::new(
                    format!("{s} міндеттеме жөнелтуші кеден органында алынбаған: ЖБҚ нөмірі болмайды"),
                    format!("обязательство в состоянии {s} не изымалось таможней отправления: номера ДКД нет"),
                    format!("a {s} obligation was not taken at departure: it has no DCD number"),
                ),
            ))
        }
        (Some(text), true) => {
            let (from, until) = (o.registered, o.valid_until);
            let q = || quote(text);
            // Dated within the term, so read against its last day.
            let outside = |taken: &dyn std::fmt::Display| {
                let q = q();
                place.at(
                    i,
                    "dcd_number",
                    Text::new(
                        format!("ЖБҚ {q} күні {taken}, міндеттеменің {from}–{until} қолданылу мерзімінен тыс"),
                        format!("ДКД {q} датирован {taken}, вне срока действия обязательства {from}–{until}"),
                        format!("the DCD {q} is dated {taken}, outside the obligation's validity {from}–{until}"),
                    ),
                )
            };
            let dcd = DcdNumber::parse(text, &ParseOptions::new(until)).map_err(|e| {
                if let Some(taken) = e.future_date() {
                    return outside(&taken);
                }
                let (e, q) = (e.text(), q());
                place.at(
                    i,
                    "dcd_number",
                    Text::new(
                        format!("ЖБҚ нөмірі {q} оқылмайды: {}", e.kk),
                        format!("номер ДКД {q} не читается: {}", e.ru),
                        format!("the DCD number {q} does not read: {}", e.en),
                    ),
                )
            })?;
            let taken = dcd.date();
            if taken < from {
                return Err(outside(&taken));
            }
        }
        (None, false) => {}
    }
    // The mark of fulfilment (fulfil).
    match (&o.fulfilment, state == S::Fulfilled) {
        (Some(m), true) if m.short_declaration.is_some() != m.customs_declaration.is_some() => {}
        (_, true) => {
            return Err(place.at(
                i,
                "fulfilment",
                Text::new(
                    "орындалған міндеттемеде орындалу белгісі болады: бір декларация нөмірі (5-қосымша, 9-баған)",
                    "у исполненного обязательства есть отметка об исполнении: один номер декларации (приложение 5, графа 9)",
                    "a fulfilled obligation carries the mark of fulfilment: one declaration number (annex 5 column 9)",
                ),
            ))
        }
        (Some(_), false) => {
            return Err(place.at(
                i,
                "fulfilment",
                Text::new(
                    format!("{s} міндеттемеде орындалу белгісі болмайды"),
                    format!("у обязательства в состоянии {s} нет отметки об исполнении"),
                    format!("a {s} obligation has no mark of fulfilment"),
                ),
            ))
        }
        (None, false) => {}
    }
    // The return mark (return_unused).
    match (o.returned_mark.as_deref(), state == S::Returned) {
        (Some(RETURNED_KK | RETURNED_RU), true) | (None, false) => {}
        (mark, true) => {
            let shown = mark.map_or("—".to_owned(), quote);
            return Err(place.at(
                i,
                "returned_mark",
                Text::new(
                    format!("қайтарылған міндеттеме «{RETURNED_KK}» белгісімен жабылады: {shown}"),
                    format!("возвращённое обязательство закрывается отметкой «{RETURNED_RU}»: {shown}"),
                    format!("a returned obligation is closed with the mark {RETURNED_KK} / {RETURNED_RU}: {shown}"),
                ),
            ));
        }
        (Some(_), false) => {
            return Err(place.at(
                i,
                "returned_mark",
                Text::new(
                    format!("{s} міндеттеме қайтарылмаған: «{RETURNED_KK}» белгісі болмайды"),
                    format!("обязательство в состоянии {s} не возвращалось: отметки «{RETURNED_RU}» нет"),
                    format!("a {s} obligation was not handed back: it has no mark {RETURNED_KK} / {RETURNED_RU}"),
                ),
            ));
        }
    }
    Ok(())
}

impl FailedRecipients {
    /// Verifies the register of failures against itself: each obligation
    /// entered once, on a date after its term. Returns where each
    /// obligation's entry is.
    pub(crate) fn verify(&self, place: Place<'_>) -> Result<HashMap<&str, usize>, Error> {
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(self.entries().len());
        for (i, e) in self.entries().iter().enumerate() {
            if let Some(&k) = seen.get(e.obligation.as_str()) {
                let (q, other) = (quote(&e.obligation), place.entry(k));
                return Err(place.at(
                    i,
                    "obligation",
                    Text::new(
                        format!("{q} міндеттемесі тізілімге енгізілген ({other})"),
                        format!("обязательство {q} уже внесено в реестр ({other})"),
                        format!("the obligation {q} is already on the register ({other})"),
                    ),
                ));
            }
            seen.insert(&e.obligation, i);
            let (entered, until) = (e.entered, e.valid_until);
            if entered <= until {
                return Err(place.at(
                    i,
                    "entered",
                    Text::new(
                        format!("{entered} енгізілген, ал мерзім {until} дейін жүрді: алушы мерзім аяқталғаннан кейін енгізіледі (20-тармақ)"),
                        format!("внесён {entered}, а срок шёл до {until}: получатель вносится после окончания срока (пункт 20)"),
                        format!("entered on {entered}, but the term ran until {until}: a recipient is entered after the term ends (§20)"),
                    ),
                ));
            }
        }
        Ok(seen)
    }
}

/// The parts of an office's saved state verified against each other.
pub(crate) struct OfficeParts<'a> {
    /// The office's code.
    pub(crate) office: Code,
    /// The numbering journal's last sequence and date.
    pub(crate) journal: (u32, Option<NaiveDate>),
    /// The recipients register.
    pub(crate) recipients: &'a RecipientsRegister,
    /// The obligations journal.
    pub(crate) obligations: &'a ObligationsJournal,
    /// The register of failures.
    pub(crate) failed: &'a FailedRecipients,
}

/// Verifies a saved office state: each register against itself, then the
/// registers against each other and against the numbering journal (paths
/// under `state`).
pub(crate) fn verify_office(parts: &OfficeParts<'_>) -> Result<(), Error> {
    use crate::Input::State;
    let recipients = Place::new(State, "state.recipients");
    let obligations = Place::new(State, "state.obligations");
    let failed = Place::new(State, "state.failed");
    parts.recipients.verify(recipients)?;
    let index = parts.obligations.verify(obligations, Some(parts.office))?;
    let entered = parts.failed.verify(failed)?;
    let (last_sequence, last_date) = parts.journal;
    let register = parts.recipients.entries();
    for (i, (o, &(sequence, date))) in parts
        .obligations
        .entries()
        .iter()
        .zip(&index.numbers)
        .enumerate()
    {
        // Numbered 0001, 0002, … (verified above): number n is entry n − 1.
        let on_register = Code::parse(&o.recipient_number, 4)
            .and_then(|c| usize::try_from(c.value()).ok())
            .is_some_and(|n| n >= 1 && n <= register.len());
        if !on_register {
            let r = quote(&o.recipient_number);
            return Err(obligations.at(
                i,
                "recipient_number",
                Text::new(
                    format!("{r} алушысы тізілімде жоқ"),
                    format!("получателя {r} нет в реестре"),
                    format!("no recipient {r} on the register"),
                ),
            ));
        }
        verify_issued(o, i, (sequence, date), (last_sequence, last_date))?;
    }
    for (i, e) in parts.failed.entries().iter().enumerate() {
        let q = || quote(&e.obligation);
        let Some(&k) = index.by_number.get(e.obligation.as_str()) else {
            let q = q();
            return Err(failed.at(
                i,
                "obligation",
                Text::new(
                    format!("журналда {q} міндеттемесі жоқ"),
                    format!("обязательства {q} нет в журнале"),
                    format!("no obligation {q} in the journal"),
                ),
            ));
        };
        let o = &parts.obligations.entries()[k];
        if o.state != GuaranteeState::Failed {
            let (s, q) = (o.state.name(), q());
            return Err(failed.at(
                i,
                "obligation",
                Text::new(
                    format!("{q} міндеттемесі {s} күйінде, failed емес"),
                    format!("обязательство {q} в состоянии {s}, а не failed"),
                    format!("the obligation {q} is {s}, not failed"),
                ),
            ));
        }
        let until = (o.valid_until != e.valid_until)
            .then(|| (e.valid_until.to_string(), o.valid_until.to_string()));
        let dcd = (o.dcd_number != e.dcd_number).then(|| {
            let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "null".to_owned());
            (show(&e.dcd_number), show(&o.dcd_number))
        });
        let differs = [
            ("recipient_number", &e.recipient_number, &o.recipient_number),
            ("recipient", &e.recipient, &o.recipient),
        ]
        .into_iter()
        .find(|(_, a, b)| a != b)
        .map(|(f, a, b)| (f, a.clone(), b.clone()))
        .or(dcd.map(|(a, b)| ("dcd_number", a, b)))
        .or(until.map(|(a, b)| ("valid_until", a, b)));
        if let Some((field, theirs, ours)) = differs {
            let (a, b) = (quote(&theirs), quote(&ours));
            return Err(failed.at(
                i,
                field,
                Text::new(
                    format!("{a} міндеттеменің {field} мәнімен ({b}) сәйкес емес"),
                    format!("{a} не совпадает с {field} обязательства ({b})"),
                    format!("{a} is not the obligation's {field} ({b})"),
                ),
            ));
        }
    }
    for (i, o) in parts.obligations.entries().iter().enumerate() {
        if o.state == GuaranteeState::Failed && !entered.contains_key(o.number.as_str()) {
            let q = quote(&o.number);
            return Err(obligations.at(
                i,
                "state",
                Text::new(
                    format!("{q} міндеттемесі орындалмаған, бірақ орындамағандар тізілімінде жоқ (20-тармақ)"),
                    format!("обязательство {q} не исполнено, но не внесено в реестр не исполнивших обязательства (пункт 20)"),
                    format!("the obligation {q} failed but is not on the register of failed recipients (§20)"),
                ),
            ));
        }
    }
    Ok(())
}

/// The obligation's number was issued by the journal whose last sequence
/// and date are `last`: not dated after the last date, and in that year not
/// above the last sequence.
fn verify_issued(
    o: &Obligation,
    i: usize,
    (sequence, date): (u32, NaiveDate),
    (last_sequence, last_date): (u32, Option<NaiveDate>),
) -> Result<(), Error> {
    use crate::Input::State;
    let journal = Place::new(State, "state.journal");
    let names = || (quote(&o.number), format!("state.obligations[{i}]"));
    let Some(last) = last_date else {
        let (q, at) = names();
        return Err(journal.error(
            "state.journal.last_sequence".to_owned(),
            Text::new(
                format!("журнал әлі нөмір бермеген, ал {q} міндеттемесінде ({at}) нөмір бар: ол қайта берілер еді"),
                format!("журнал ещё не выдавал номеров, а у обязательства {q} ({at}) номер есть: он был бы выдан повторно"),
                format!("the journal has issued no number, but the obligation {q} ({at}) holds one: it would be issued again"),
            ),
        ));
    };
    if date > last {
        let (q, at) = names();
        return Err(journal.error(
            "state.journal.last_date".to_owned(),
            Text::new(
                format!("журналдың соңғы күні {last}, ал {q} міндеттемесі ({at}) {date} тіркелген"),
                format!("последняя дата журнала {last}, а обязательство {q} ({at}) зарегистрировано {date}"),
                format!("the journal's last date is {last}, but the obligation {q} ({at}) was registered on {date}"),
            ),
        ));
    }
    if date.year() == last.year() && sequence > last_sequence {
        let ((q, at), year) = (names(), date.year());
        return Err(journal.error(
            "state.journal.last_sequence".to_owned(),
            Text::new(
                format!("журналдың соңғы реттік нөмірі {last_sequence}, ал {q} міндеттемесінің ({at}) {year} жылғы нөмірі {sequence}: журнал бұл нөмірді қайта берер еді"),
                format!("последний порядковый номер журнала {last_sequence}, а у обязательства {q} ({at}) номер {sequence} за {year} год: журнал выдал бы его повторно"),
                format!("the journal's last sequence is {last_sequence}, but the obligation {q} ({at}) has the sequence {sequence} of {year}: the journal would issue that number again"),
            ),
        ));
    }
    Ok(())
}
