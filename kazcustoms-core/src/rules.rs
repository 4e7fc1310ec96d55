//! The catalogue of rule ids: one table, one place.
//!
//! Every violation and every rule-bearing error names a [`Rule`]. Its id
//! (`NUM.FORMAT`, `TERM.LIMIT`, …) is part of the public API in Rust, Python
//! and C and never changes meaning. The ids and their sources are those of
//! `SPEC.md`; a rule added by this library gets an id in the same scheme.

use std::fmt;
use std::str::FromStr;

use crate::report::{Severity, Text};

macro_rules! rules {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal, $sev:ident, $src:literal,
            kk: $kk:literal, ru: $ru:literal, en: $en:literal;
    )*) => {
        /// A rule, identified by its stable id.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $variant, )*
        }

        impl Rule {
            /// Every rule in the catalogue.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The stable id, e.g. `NUM.FORMAT`.
            pub const fn id(self) -> &'static str {
                match self { $(Rule::$variant => $id,)* }
            }

            /// The severity a violation of this rule has unless stated otherwise.
            pub const fn severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$sev,)* }
            }

            /// The default source reference, e.g. `R1 §18`.
            pub const fn source(self) -> &'static str {
                match self { $(Rule::$variant => $src,)* }
            }

            /// A one-line title of the rule in Kazakh, Russian and English.
            pub fn title(self) -> Text {
                match self { $(Rule::$variant => Text::new($kk, $ru, $en),)* }
            }
        }
    };
}

rules! {
    /// The text does not match the pattern of its number kind.
    NumFormat = "NUM.FORMAT", Error, "SPEC §1",
        kk: "нөмір өз түрінің үлгісіне сәйкес келмейді",
        ru: "номер не соответствует шаблону своего вида",
        en: "the number does not match the pattern of its kind";
    /// The date group is not a real date in the resolved year.
    NumDate = "NUM.DATE", Error, "SPEC §1",
        kk: "нөмірдегі күн жарамсыз",
        ru: "недопустимая дата в номере",
        en: "the date in the number is not valid";
    /// The office code is all zeros or not in the caller's directory.
    NumOffice = "NUM.OFFICE", Error, "SPEC §1",
        kk: "кеден органының коды жарамсыз",
        ru: "недопустимый код таможенного органа",
        en: "the customs office code is not valid";
    /// The guarantee's recipient number is all zeros.
    NumRecipient = "NUM.RECIPIENT", Error, "R1 §18",
        kk: "алушының тізілімдегі нөмірі нөлдерден тұрады",
        ru: "номер получателя в реестре состоит из нулей",
        en: "the recipient's register number is all zeros";
    /// The sequence group is all zeros.
    NumSequence = "NUM.SEQUENCE", Error, "R1 §9 col. 7",
        kk: "реттік нөмір нөлдерден тұрады (нөмірлеу 1-ден басталады)",
        ru: "порядковый номер состоит из нулей (нумерация начинается с 1)",
        en: "the sequence is all zeros (numbering starts at 1)";
    /// The registration date is after the reference date.
    NumFuture = "NUM.FUTURE", Error, "SPEC §1",
        kk: "тіркеу күні анықтамалық күннен кейін",
        ru: "дата регистрации позже опорной даты",
        en: "the registration date is after the reference date";
    /// A proposed deadline is later than the 2000 km/month limit.
    TermLimit = "TERM.LIMIT", Error, "R1 §19",
        kk: "мерзім айына 2000 км есебімен белгіленген шектен асады",
        ru: "срок превышает предел из расчёта 2000 км в месяц",
        en: "the deadline is later than the limit of 2000 km per month";
    /// A proposed deadline is earlier than the start date.
    TermBeforeStart = "TERM.BEFORE_START", Error, "R1 §19",
        kk: "мерзім бастапқы күннен бұрын",
        ru: "срок раньше даты начала",
        en: "the deadline is earlier than the start date";
    /// The journal's sequence would overflow the width of its number kind.
    JournalFull = "JOURNAL.FULL", Error, "SPEC §1",
        kk: "журнал толды: реттік нөмір өз енінен асады",
        ru: "журнал заполнен: порядковый номер превысит свою разрядность",
        en: "the journal is full: the sequence would overflow its width";
    /// An issue is dated before the last number issued in the same journal.
    JournalBackdated = "JOURNAL.BACKDATED", Error, "SPEC §1",
        kk: "нөмір журналдағы соңғы берілген күннен ертерек күнмен сұралды",
        ru: "номер запрошен датой раньше последней выданной в журнале",
        en: "the issue date is earlier than the last date issued in the journal";
}

impl Rule {
    /// The rule with this id, if there is one.
    ///
    /// ```
    /// use kazcustoms_core::Rule;
    /// assert_eq!(Rule::from_id("TERM.LIMIT"), Some(Rule::TermLimit));
    /// assert_eq!(Rule::from_id("NOPE"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}

impl FromStr for Rule {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Rule, crate::Error> {
        Rule::from_id(s).ok_or_else(|| {
            crate::Error::invalid_argument(
                "rule",
                Text::new(
                    format!("белгісіз ереже {s:?}"),
                    format!("неизвестное правило {s:?}"),
                    format!("unknown rule {s:?}"),
                ),
            )
        })
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}
