//! The catalogue of rule ids: one table, one place.
//!
//! Every violation and every rule-bearing error names a [`Rule`]. Its id
//! (`NUM.FORMAT`, `TERM.LIMIT`, …) is part of the public API in Rust, Python
//! and C and never changes meaning. The ids and their sources are those of
//! `SPEC.md`; a rule added by this library gets an id in the same scheme.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::text::Text;

/// How serious a violation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The document or value breaks a rule; the report is not `ok`.
    Error,
    /// Something an inspector would point out, but the report stays `ok`.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as in the JSON report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = crate::names::UnknownName;

    /// Reads `error` or `warning`.
    fn from_str(s: &str) -> Result<Severity, crate::names::UnknownName> {
        match s {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            _ => Err(crate::names::UnknownName {
                argument: "severity",
                what: ["маңыздылық", "серьёзность", "severity"],
                value: crate::names::quote(s),
                expected: &["error", "warning"],
            }),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Severity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Severity, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Severity {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Severity".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "enum": ["error", "warning"] })
    }
}

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
    NumFormat = "NUM.FORMAT", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
        kk: "нөмір өз түрінің үлгісіне сәйкес келмейді",
        ru: "номер не соответствует шаблону своего вида",
        en: "the number does not match the pattern of its kind";
    /// The date group is not a real date in the resolved year.
    NumDate = "NUM.DATE", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
        kk: "нөмірдегі күн жарамсыз",
        ru: "недопустимая дата в номере",
        en: "the date in the number is not valid";
    /// The office code is all zeros or not in the caller's directory.
    NumOffice = "NUM.OFFICE", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
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
    NumFuture = "NUM.FUTURE", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
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
    JournalFull = "JOURNAL.FULL", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
        kk: "журнал толды: реттік нөмір өз енінен асады",
        ru: "журнал заполнен: порядковый номер превысит свою разрядность",
        en: "the journal is full: the sequence would overflow its width";
    /// An issue is dated before the last number issued in the same journal.
    JournalBackdated = "JOURNAL.BACKDATED", Error, "R1 §9 col. 7, §18, §28, §29; R2 §15-1; R3 §11",
        kk: "нөмір журналдағы соңғы берілген күннен ертерек күнмен сұралды",
        ru: "номер запрошен датой раньше последней выданной в журнале",
        en: "the issue date is earlier than the last date issued in the journal";
    /// Unknown direction in column 1 (expected ИМ, ТР, ВТ, ТТ).
    Dcd1Direction = "DCD.1.DIRECTION", Error, "R1 §9 col. 1",
        kk: "1-бағанда белгісіз бағыт (ИМ, ТР, ВТ, ТТ болуы керек)",
        ru: "неизвестное направление в графе 1 (должно быть ИМ, ТР, ВТ, ТТ)",
        en: "unknown direction in column 1 (expected ИМ, ТР, ВТ, ТТ)";
    /// The second subdivision of column 1 must be empty.
    Dcd1Second = "DCD.1.SECOND", Error, "R1 §9 col. 1",
        kk: "1-бағанның екінші бөлігі толтырылмайды",
        ru: "второй подраздел графы 1 не заполняется",
        en: "the second subdivision of column 1 must be empty";
    /// The third subdivision of column 1 must be ЖБҚ / ДКД.
    Dcd1Third = "DCD.1.THIRD", Error, "R1 §9 col. 1",
        kk: "1-бағанның үшінші бөлігінде ЖБҚ көрсетіледі",
        ru: "в третьем подразделе графы 1 указывается ДКД",
        en: "the third subdivision of column 1 must be ЖБҚ / ДКД";
    /// The consignor's name and address are missing.
    Dcd2Required = "DCD.2.REQUIRED", Error, "R1 §9 col. 2",
        kk: "жөнелтушінің атауы мен мекенжайы көрсетілмеген",
        ru: "не указаны наименование и адрес отправителя",
        en: "the consignor's name and address are missing";
    /// The sheet ordinal must be between 1 and the total number of sheets.
    Dcd3Range = "DCD.3.RANGE", Error, "R1 §9 col. 3",
        kk: "парақтың реттік нөмірі 1 мен парақтардың жалпы санының арасында болуы керек",
        ru: "порядковый номер листа должен быть от 1 до общего числа листов",
        en: "the sheet ordinal must be between 1 and the total number of sheets";
    /// Additional sheets are used but column 3 is empty.
    Dcd3Missing = "DCD.3.MISSING", Error, "R1 §9 col. 3",
        kk: "қосымша парақтар пайдаланылған, бірақ 3-баған толтырылмаған",
        ru: "использованы добавочные листы, но графа 3 не заполнена",
        en: "additional sheets are used but column 3 is empty";
    /// The total in column 3 differs from the number of sheets presented.
    Dcd3Total = "DCD.3.TOTAL", Error, "R1 §9 col. 3",
        kk: "3-бағандағы парақтардың жалпы саны ұсынылған парақтар санына тең емес",
        ru: "общее число листов в графе 3 не равно числу представленных листов",
        en: "the total in column 3 differs from the number of sheets presented";
    /// The sheets' ordinals are not 1…N, each once, the main sheet first.
    Dcd3Ordinal = "DCD.3.ORDINAL", Error, "R1 §9 col. 3",
        kk: "парақтардың реттік нөмірлері 1…N емес (әрқайсысы бір рет, негізгі парақ бірінші)",
        ru: "порядковые номера листов не 1…N (каждый один раз, основной лист первым)",
        en: "the sheets' ordinals are not 1…N, each once, the main sheet first";
    /// The number of attached sheets must be from 1 to 1 000 000 000.
    Dcd4Range = "DCD.4.RANGE", Error, "R1 §9 col. 4",
        kk: "қоса берілген парақтар саны 1-ден 1 000 000 000-ға дейін болуы керек",
        ru: "число приложенных листов должно быть от 1 до 1 000 000 000",
        en: "the number of attached sheets must be from 1 to 1 000 000 000";
    /// Column 5 differs from the number of goods items in column 31.
    Dcd5ItemCount = "DCD.5.ITEM_COUNT", Error, "R1 §9 col. 5",
        kk: "5-баған 31-бағандағы тауар атауларының санына тең емес",
        ru: "графа 5 не равна числу наименований товаров в графе 31",
        en: "column 5 differs from the number of goods items in column 31";
    /// The number of packages is missing or negative.
    Dcd6Negative = "DCD.6.NEGATIVE", Error, "R1 §9 col. 6",
        kk: "орындар саны көрсетілмеген немесе теріс",
        ru: "число мест не указано или отрицательно",
        en: "the number of packages is missing or negative";
    /// More packages than any document carries (above 1 000 000 000).
    Dcd6Range = "DCD.6.RANGE", Error, "R1 §9 col. 6",
        kk: "жүк орындарының саны 1 000 000 000-нан асады",
        ru: "число грузовых мест больше 1 000 000 000",
        en: "the number of packages is above 1 000 000 000";
    /// Bulk, liquid or loose cargo must show 0 packages.
    Dcd6Bulk = "DCD.6.BULK", Error, "R1 §9 col. 6",
        kk: "сусыма, құйылма, төгілмелі жүк үшін «0» көрсетіледі",
        ru: "для насыпных, наливных и навалочных грузов указывается «0»",
        en: "bulk, liquid or loose cargo must show 0 packages";
    /// `0` packages for goods not declared bulk, liquid or loose.
    Dcd6Zero = "DCD.6.ZERO", Error, "R1 §9 col. 6",
        kk: "«0» тек сусыма, құйылма, төгілмелі жүк үшін көрсетіледі",
        ru: "«0» указывается только для насыпных, наливных и навалочных грузов",
        en: "0 packages is for bulk, liquid or loose cargo only";
    /// Column 31 gives a container count and column 6 differs from it.
    Dcd6Containers = "DCD.6.CONTAINERS", Error, "R1 §9 col. 6, col. 31",
        kk: "контейнерлердегі тауарлар үшін 6-баған 31-бағандағы контейнерлер санына тең болуы керек",
        ru: "для товаров в контейнерах графа 6 должна равняться числу контейнеров в графе 31",
        en: "for goods in containers column 6 must equal the container count of column 31";
    /// The DCD reference number is missing.
    Dcd7Required = "DCD.7.REQUIRED", Error, "R1 §9 col. 7",
        kk: "ЖБҚ тіркеу нөмірі көрсетілмеген",
        ru: "не указан регистрационный номер ДКД",
        en: "the DCD reference number is missing";
    /// The consignee's full legal address is missing.
    Dcd8Required = "DCD.8.REQUIRED", Error, "R1 §9 col. 8",
        kk: "алушының толық заңды мекенжайы көрсетілмеген",
        ru: "не указан полный юридический адрес получателя",
        en: "the consignee's full legal address is missing";
    /// Rail transport without the code of the railway station.
    Dcd8RailStation = "DCD.8.RAIL_STATION", Error, "R1 §9 col. 8",
        kk: "темір жол көлігінде темір жол станциясының коды көрсетілмеген",
        ru: "при перевозке железнодорожным транспортом не указан код станции",
        en: "rail transport without the code of the railway station";
    /// Column 9 is not a customs escort number.
    Dcd9Format = "DCD.9.FORMAT", Error, "R1 §9 col. 9; R2 §15-1",
        kk: "9-баған кедендік алып жүру нөмірі емес",
        ru: "графа 9 не является номером таможенного сопровождения",
        en: "column 9 is not a customs escort number";
    /// The country of dispatch is missing or unknown.
    Dcd15Country = "DCD.15.COUNTRY", Error, "R1 §9 col. 15",
        kk: "жөнелтуші ел көрсетілмеген немесе белгісіз",
        ru: "страна отправления не указана или неизвестна",
        en: "the country of dispatch is missing or unknown";
    /// The country of origin is missing or unknown.
    Dcd16Country = "DCD.16.COUNTRY", Error, "R1 §9 col. 16",
        kk: "шығарылған ел көрсетілмеген немесе белгісіз",
        ru: "страна происхождения не указана или неизвестна",
        en: "the country of origin is missing or unknown";
    /// The country of destination is missing or unknown.
    Dcd17Country = "DCD.17.COUNTRY", Error, "R1 §9 col. 17",
        kk: "баратын ел көрсетілмеген немесе белгісіз",
        ru: "страна назначения не указана или неизвестна",
        en: "the country of destination is missing or unknown";
    /// The number of vehicles must be at least 1.
    Dcd18Count = "DCD.18.COUNT", Error, "R1 §9 col. 18",
        kk: "көлік құралдарының саны кемінде 1 болуы керек",
        ru: "число транспортных средств должно быть не меньше 1",
        en: "the number of vehicles must be at least 1";
    /// The numeric code of the vehicle's country of registration is not valid.
    Dcd18Country = "DCD.18.COUNTRY", Error, "R1 §9 col. 18",
        kk: "көлік құралы тіркелген елдің сандық коды жарамсыз",
        ru: "недопустимый цифровой код страны регистрации транспортного средства",
        en: "the numeric code of the vehicle's country of registration is not valid";
    /// The number of vehicles at the border must be at least 1.
    Dcd21Count = "DCD.21.COUNT", Error, "R1 §9 col. 21",
        kk: "шекарадағы көлік құралдарының саны кемінде 1 болуы керек",
        ru: "число транспортных средств на границе должно быть не меньше 1",
        en: "the number of vehicles at the border must be at least 1";
    /// The numeric country code of the vehicle at the border is not valid.
    Dcd21Country = "DCD.21.COUNTRY", Error, "R1 §9 col. 21",
        kk: "шекарадағы көлік құралы елінің сандық коды жарамсыз",
        ru: "недопустимый цифровой код страны транспортного средства на границе",
        en: "the numeric country code of the vehicle at the border is not valid";
    /// The numeric currency code is not valid.
    Dcd22Currency = "DCD.22.CURRENCY", Error, "R1 §9 col. 22",
        kk: "валютаның сандық коды жарамсыз",
        ru: "недопустимый цифровой код валюты",
        en: "the numeric currency code is not valid";
    /// The total invoiced amount differs from the sum of column 42.
    Dcd22Total = "DCD.22.TOTAL", Error, "R1 §9 col. 22",
        kk: "жалпы фактуралық құн 42-бағанның сомасына тең емес",
        ru: "общая фактурная стоимость не равна сумме графы 42",
        en: "the total invoiced amount differs from the sum of column 42";
    /// The total invoiced amount is outside the range of an amount.
    Dcd22Range = "DCD.22.RANGE", Error, "R1 §9 col. 22",
        kk: "жалпы фактуралық құн 0 мен 10^13 аралығынан тыс",
        ru: "общая фактурная стоимость вне диапазона от 0 до 10^13",
        en: "the total invoiced amount is outside the range 0 to 10^13";
    /// The exchange rate must be positive.
    Dcd23Positive = "DCD.23.POSITIVE", Error, "R1 §9 col. 23",
        kk: "валюта бағамы оң болуы керек",
        ru: "курс валюты должен быть положительным",
        en: "the exchange rate must be positive";
    /// The exchange rate is outside the range of a rate.
    Dcd23Range = "DCD.23.RANGE", Error, "R1 §9 col. 23",
        kk: "валюта бағамы 0,000001 мен 1 000 000 аралығынан тыс",
        ru: "курс валюты вне диапазона от 0,000001 до 1 000 000",
        en: "the exchange rate is outside the range 0.000001 to 1 000 000";
    /// Unknown transport mode code.
    Dcd25Code = "DCD.25.CODE", Error, "R1 §9 col. 25",
        kk: "көлік түрінің коды белгісіз",
        ru: "неизвестный код вида транспорта",
        en: "unknown transport mode code";
    /// The departure customs office is missing.
    Dcd29Required = "DCD.29.REQUIRED", Error, "R1 §9 col. 29",
        kk: "жөнелтуші кеден органы көрсетілмеген",
        ru: "не указан таможенный орган отправления",
        en: "the departure customs office is missing";
    /// The name and description of the goods are missing.
    Dcd31Required = "DCD.31.REQUIRED", Error, "R1 §9 col. 31",
        kk: "тауардың атауы мен сипаттамасы көрсетілмеген",
        ru: "не указаны наименование и характеристики товара",
        en: "the name and description of the goods are missing";
    /// The general name of a commodity heading alone is not allowed.
    Dcd31Generic = "DCD.31.GENERIC", Error, "R1 §9 col. 31",
        kk: "тауар позициясының жалпы атауымен көрсетуге рұқсат етілмейді",
        ru: "не допускается указание только общего наименования товарной позиции",
        en: "the general name of a commodity heading alone is not allowed";
    /// The number of containers differs from the numbers listed.
    Dcd31Containers = "DCD.31.CONTAINERS", Error, "R1 §9 col. 31",
        kk: "контейнерлер саны көрсетілген нөмірлер санына тең емес",
        ru: "число контейнеров не равно числу указанных номеров",
        en: "the number of containers differs from the numbers listed";
    /// Item numbers must run 1, 2, 3, … without gaps.
    Dcd32Sequence = "DCD.32.SEQUENCE", Error, "R1 §9 col. 32",
        kk: "тауарлардың реттік нөмірлері 1, 2, 3, … үзіліссіз болуы керек",
        ru: "порядковые номера товаров должны идти 1, 2, 3, … без пропусков",
        en: "item numbers must run 1, 2, 3, … without gaps";
    /// The commodity code must be 10 or 4 digits without separators.
    Dcd33Format = "DCD.33.FORMAT", Error, "R1 §9 col. 33",
        kk: "тауар коды бөлгішсіз 10 немесе 4 цифрдан тұруы керек",
        ru: "код товара должен состоять из 10 или 4 цифр без разделителей",
        en: "the commodity code must be 10 or 4 digits without separators";
    /// The gross weight must be positive.
    Dcd35Positive = "DCD.35.POSITIVE", Error, "R1 §9 col. 35",
        kk: "жалпы салмақ оң болуы керек",
        ru: "вес брутто должен быть положительным",
        en: "the gross weight must be positive";
    /// The gross weight is above any a document carries (10^9 kg).
    Dcd35Range = "DCD.35.RANGE", Error, "R1 §9 col. 35",
        kk: "жалпы салмақ 1 000 000 000 кг-нан асады",
        ru: "вес брутто больше 1 000 000 000 кг",
        en: "the gross weight is above 1 000 000 000 kg";
    /// A weight over one kilogram must be rounded to a whole number.
    Dcd35Rounding = "DCD.35.ROUNDING", Error, "R1 §9 col. 35",
        kk: "бір килограмнан асатын салмақ бүтін санға дейін дөңгелектенеді",
        ru: "вес более одного килограмма округляется до целого",
        en: "a weight over one kilogram must be rounded to a whole number";
    /// The net weight must be positive.
    Dcd38Positive = "DCD.38.POSITIVE", Error, "R1 §9 col. 38",
        kk: "таза салмақ оң болуы керек",
        ru: "вес нетто должен быть положительным",
        en: "the net weight must be positive";
    /// The net weight is above any a document carries (10^9 kg).
    Dcd38Range = "DCD.38.RANGE", Error, "R1 §9 col. 38",
        kk: "таза салмақ 1 000 000 000 кг-нан асады",
        ru: "вес нетто больше 1 000 000 000 кг",
        en: "the net weight is above 1 000 000 000 kg";
    /// The net weight is greater than the gross weight.
    Dcd38GtGross = "DCD.38.GT_GROSS", Error, "R1 §9 col. 38",
        kk: "таза салмақ жалпы салмақтан артық",
        ru: "вес нетто больше веса брутто",
        en: "the net weight is greater than the gross weight";
    /// The invoice value is missing or negative.
    Dcd42Negative = "DCD.42.NEGATIVE", Error, "R1 §9 col. 42",
        kk: "фактуралық құн көрсетілмеген немесе теріс",
        ru: "фактурная стоимость не указана или отрицательна",
        en: "the invoice value is missing or negative";
    /// The invoice value is above any a document carries (10^13).
    Dcd42Range = "DCD.42.RANGE", Error, "R1 §9 col. 42",
        kk: "фактуралық құн 10^13-нан асады",
        ru: "фактурная стоимость больше 10^13",
        en: "the invoice value is above 10^13";
    /// Unknown code in column 44 (expected 2, 7A, 7B, 7C, 7D).
    Dcd44Code = "DCD.44.CODE", Error, "R1 §9 col. 44",
        kk: "44-бағандағы белгісіз код (2, 7A, 7B, 7C, 7D болуы керек)",
        ru: "неизвестный код в графе 44 (должен быть 2, 7A, 7B, 7C, 7D)",
        en: "unknown code in column 44 (expected 2, 7A, 7B, 7C, 7D)";
    /// Column 44 of a goods item does not give the transport document (code 2).
    Dcd44Required = "DCD.44.REQUIRED", Error, "R1 §8; R1 §9 col. 44",
        kk: "44-бағанда көлік құжаты (2 коды) көрсетілмеген",
        ru: "в графе 44 не указан транспортный документ (код 2)",
        en: "column 44 does not give the transport document (code 2)";
    /// 7B is not a guarantee obligation number.
    Dcd447B = "DCD.44.7B", Error, "R1 §9 col. 44; R1 §18",
        kk: "7B кепілдік міндеттеменің нөмірі емес",
        ru: "7B не является номером гарантийного обязательства",
        en: "7B is not a guarantee obligation number";
    /// The guarantee's office prefix is not the first three digits of the destination office.
    Dcd447BOffice = "DCD.44.7B.OFFICE", Error, "R1 §9 col. 44, col. 53; R1 §18",
        kk: "кепілдік міндеттеменің кеден органы префиксі 53-бағандағы баратын кеден органы кодының алғашқы үш цифры емес",
        ru: "префикс таможни в номере гарантийного обязательства не равен первым трём цифрам кода таможни назначения в графе 53",
        en: "the guarantee's office prefix is not the first three digits of the destination office in column 53";
    /// The guarantee obligation was registered after the DCD.
    Dcd447BDate = "DCD.44.7B.DATE", Error, "R1 §9 col. 44; R1 §25",
        kk: "кепілдік міндеттеме ЖБҚ тіркелгеннен кейін тіркелген",
        ru: "гарантийное обязательство зарегистрировано позже ДКД",
        en: "the guarantee obligation was registered after the DCD";
    /// 7C is not a security document number.
    Dcd447C = "DCD.44.7C", Error, "R1 §9 col. 44; R3 §11",
        kk: "7C ҚРҚ нөмірі емес",
        ru: "7C не является номером ДПОУ",
        en: "7C is not a security document number";
    /// The date written with the security document differs from the date its number carries.
    Dcd447CDate = "DCD.44.7C.DATE", Error, "R1 §9 col. 44; R3 §11",
        kk: "ҚРҚ нөмірімен жазылған күн нөмірдегі күнге сәйкес емес",
        ru: "дата, указанная с номером ДПОУ, не совпадает с датой в номере",
        en: "the date written with the security document differs from the date its number carries";
    /// The statistical value differs from column 42 converted at the rates.
    Dcd46Mismatch = "DCD.46.MISMATCH", Error, "R1 §9 col. 46",
        kk: "статистикалық құн бағам бойынша қайта есептелген 42-бағанға сәйкес емес",
        ru: "статистическая стоимость не соответствует графе 42, пересчитанной по курсу",
        en: "the statistical value differs from column 42 converted at the rates";
    /// The statistical value is above any a document carries (10^13).
    Dcd46Range = "DCD.46.RANGE", Error, "R1 §9 col. 46",
        kk: "статистикалық құн 10^13-нан асады",
        ru: "статистическая стоимость больше 10^13",
        en: "the statistical value is above 10^13";
    /// The carrier's details are missing.
    Dcd50Carrier = "DCD.50.CARRIER", Error, "R1 §9 col. 50",
        kk: "тасымалдаушы туралы мәліметтер көрсетілмеген",
        ru: "не указаны сведения о перевозчике",
        en: "the carrier's details are missing";
    /// The delivery deadline is missing.
    Dcd50Deadline = "DCD.50.DEADLINE", Error, "R1 §9 col. 50",
        kk: "жеткізу мерзімі көрсетілмеген",
        ru: "не указан срок доставки",
        en: "the delivery deadline is missing";
    /// Both offices run the automated delivery control system but no electronic seal number is given.
    Dcd50Eseal = "DCD.50.ESEAL", Error, "R1 §9 col. 50",
        kk: "екі кеден органы да автоматтандырылған жүйемен жабдықталған, бірақ электрондық пломбаның нөмірі көрсетілмеген",
        ru: "оба таможенных органа оснащены автоматизированной системой, но номер электронной пломбы не указан",
        en: "both offices run the automated delivery control system but no electronic seal number is given";
    /// The carrier's undertaking to deliver is missing.
    Dcd50Undertaking = "DCD.50.UNDERTAKING", Error, "R1 §9 col. 50",
        kk: "тасымалдаушының жеткізу туралы міндеттемесі көрсетілмеген",
        ru: "не указано обязательство перевозчика о доставке",
        en: "the carrier's undertaking to deliver is missing";
    /// The name or signature of the carrier's representative is missing.
    Dcd50Representative = "DCD.50.REPRESENTATIVE", Error, "R1 §9 col. 50",
        kk: "тасымалдаушы өкілінің аты-жөні немесе қолы жоқ",
        ru: "нет фамилии или подписи представителя перевозчика",
        en: "the name or signature of the carrier's representative is missing";
    /// The name and code of the destination office are missing.
    Dcd53Required = "DCD.53.REQUIRED", Error, "R1 §9 col. 53",
        kk: "баратын кеден органының атауы мен коды көрсетілмеген",
        ru: "не указаны наименование и код таможни назначения",
        en: "the name and code of the destination office are missing";
    /// The destination office code is not a 5-digit office code (or not in the caller's directory).
    Dcd53Code = "DCD.53.CODE", Error, "R1 §9 col. 53",
        kk: "баратын кеден органының коды 5 таңбалы кеден органы коды емес",
        ru: "код таможни назначения не является пятизначным кодом таможенного органа",
        en: "the destination office code is not a 5-digit customs office code";
    /// The place and date of filling are missing.
    Dcd54Required = "DCD.54.REQUIRED", Error, "R1 §9 col. 54",
        kk: "толтыру орны мен күні көрсетілмеген",
        ru: "не указаны место и дата заполнения",
        en: "the place and date of filling are missing";
    /// The address of the place of delivery is missing.
    DcdARequired = "DCD.A.REQUIRED", Error, "R1 §9 col. A",
        kk: "жеткізу орнының мекенжайы көрсетілмеген",
        ru: "не указан адрес места доставки",
        en: "the address of the place of delivery is missing";
    /// A column that the DCD does not use carries data.
    DcdColumnsExtra = "DCD.COLUMNS.EXTRA", Error, "R1 §8",
        kk: "ЖБҚ-да толтырылмайтын баған толтырылған",
        ru: "заполнена графа, которая в ДКД не заполняется",
        en: "a column that the DCD does not use carries data";
    /// Text must be printed in capital letters.
    DcdTextUppercase = "DCD.TEXT.UPPERCASE", Warning, "R1 §8",
        kk: "мәтін бас әріптермен басылуы керек",
        ru: "текст должен быть напечатан заглавными буквами",
        en: "text must be printed in capital letters";
    /// An illegal change of the DCD's state.
    DcdState = "DCD.STATE", Error, "R1 §5–§7, §34–§35",
        kk: "ЖБҚ күйінің рұқсат етілмеген өзгерісі",
        ru: "недопустимый переход состояния ДКД",
        en: "an illegal change of the DCD's state";
    /// The foreign-trade participant has no registration card.
    GoConditionCard = "GO.CONDITION.CARD", Error, "R1 §12",
        kk: "сыртқы экономикалық қызметке қатысушының есеп карточкасы жоқ",
        ru: "у участника ВЭД нет учётной карточки",
        en: "the foreign-trade participant has no registration card";
    /// Neither an own temporary storage warehouse nor a storage services contract.
    GoConditionStorage = "GO.CONDITION.STORAGE", Error, "R1 §12",
        kk: "өз уақытша сақтау қоймасы да, уақытша сақтау қызметтеріне шарт та жоқ",
        ru: "нет ни собственного СВХ, ни договора на услуги временного хранения",
        en: "neither an own temporary storage warehouse nor a storage services contract";
    /// Customs legislation was violated within the last year.
    GoConditionViolations = "GO.CONDITION.VIOLATIONS", Error, "R1 §12",
        kk: "соңғы жыл ішінде кеден заңнамасын бұзушылықтар болған",
        ru: "в течение последнего года имелись нарушения таможенного законодательства",
        en: "customs legislation was violated within the last year";
    /// The application was decided after the review term.
    GoReviewLate = "GO.REVIEW.LATE", Error, "R1 §14",
        kk: "өтінішті қарау мерзімі өтіп кеткен",
        ru: "срок рассмотрения заявления нарушен",
        en: "the application was decided after the review term";
    /// The documents of §13 were not submitted.
    GoRefuseDocuments = "GO.REFUSE.DOCUMENTS", Error, "R1 §16, §13",
        kk: "13-тармақта көрсетілген құжаттар ұсынылмаған",
        ru: "не представлены документы, указанные в пункте 13",
        en: "the documents of §13 were not submitted";
    /// The recipient did not fulfil an earlier guarantee obligation.
    GoRefusePrevious = "GO.REFUSE.PREVIOUS", Error, "R1 §16, §20",
        kk: "алушы алдыңғы кепілдік міндеттемені орындамаған",
        ru: "получатель не исполнил предыдущее гарантийное обязательство",
        en: "the recipient did not fulfil an earlier guarantee obligation";
    /// The recipient owes customs payments and taxes.
    GoRefuseDebt = "GO.REFUSE.DEBT", Error, "R1 §16",
        kk: "алушының кеден төлемдері мен салықтары бойынша қарызы бар",
        ru: "у получателя есть задолженность по таможенным платежам и налогам",
        en: "the recipient owes customs payments and taxes";
    /// An administrative offence case was opened against the recipient or carrier within the year.
    GoRefuseOffence = "GO.REFUSE.OFFENCE", Error, "R1 §16",
        kk: "жыл ішінде алушыға немесе тасымалдаушыға қатысты әкімшілік құқық бұзушылық туралы іс қозғалған",
        ru: "в течение года в отношении получателя или перевозчика возбуждено дело об административном правонарушении",
        en: "an administrative offence case was opened against the recipient or carrier within the year";
    /// An illegal change of the guarantee obligation's state.
    GoState = "GO.STATE", Error, "R1 §17–§25",
        kk: "кепілдік міндеттеме күйінің рұқсат етілмеген өзгерісі",
        ru: "недопустимый переход состояния гарантийного обязательства",
        en: "an illegal change of the guarantee obligation's state";
    /// The short declaration was filed later than the next working day after arrival.
    SdLate = "SD.LATE", Error, "R1 §26",
        kk: "қысқаша декларация келгеннен кейінгі келесі жұмыс күнінен кеш берілген",
        ru: "краткая декларация подана позже следующего рабочего дня после прибытия",
        en: "the short declaration was filed later than the next working day after arrival";
    /// The temporary storage registration number is missing or not valid.
    SdTswNumber = "SD.TSW_NUMBER", Error, "R1 §29",
        kk: "қысқаша декларацияда уақытша сақтау қоймасының тіркеу нөмірі жоқ немесе жарамсыз",
        ru: "в краткой декларации нет регистрационного номера СВХ или он недопустим",
        en: "the temporary storage registration number is missing or not valid";
    /// A column was filled by the wrong party.
    SdFilledBy = "SD.FILLED_BY", Error, "R1 §31–§32",
        kk: "баған тиісті емес тұлғамен толтырылған",
        ru: "графа заполнена не тем лицом",
        en: "a column was filled by the wrong party";
    /// More than three goods names without the mark 'addition to column 6'.
    /// A warning: continuing the list on the reverse is a permission (R1 §30
    /// "рұқсат етіледі"), not a duty.
    Sd6Addition = "SD.6.ADDITION", Warning, "R1 §30 col. 6",
        kk: "үштен артық тауар атауы «6-бағанға қосымша» белгісінсіз",
        ru: "более трёх наименований товаров без отметки «дополнение к графе 6»",
        en: "more than three goods names without the mark 'addition to column 6'";
    /// Column 12 is neither a DCD reference number nor a TIR carnet number.
    Sd12Format = "SD.12.FORMAT", Error, "R1 §30 col. 12",
        kk: "12-баған ЖБҚ нөмірі де, ХЖТ кітапшасының нөмірі де емес",
        ru: "графа 12 не является ни номером ДКД, ни номером книжки МДП",
        en: "column 12 is neither a DCD reference number nor a TIR carnet number";
    /// Column 1 is empty: consignor and country of dispatch.
    Sd1Required = "SD.1.REQUIRED", Error, "R1 §30 col. 1",
        kk: "1-баған толтырылмаған: жөнелтуші және жөнелтуші ел",
        ru: "графа 1 не заполнена: отправитель и страна отправления",
        en: "column 1 is empty: consignor and country of dispatch";
    /// Column 2 is empty: consignee and country of destination.
    Sd2Required = "SD.2.REQUIRED", Error, "R1 §30 col. 2",
        kk: "2-баған толтырылмаған: алушы және баратын ел",
        ru: "графа 2 не заполнена: получатель и страна назначения",
        en: "column 2 is empty: consignee and country of destination";
    /// Column 3 is empty: carrier.
    Sd3Required = "SD.3.REQUIRED", Error, "R1 §30 col. 3",
        kk: "3-баған толтырылмаған: тасымалдаушы",
        ru: "графа 3 не заполнена: перевозчик",
        en: "column 3 is empty: carrier";
    /// Column 4 is empty: vehicle.
    Sd4Required = "SD.4.REQUIRED", Error, "R1 §30 col. 4",
        kk: "4-баған толтырылмаған: көлік құралы",
        ru: "графа 4 не заполнена: транспортное средство",
        en: "column 4 is empty: vehicle";
    /// Column 5 is empty: transport documents.
    Sd5Required = "SD.5.REQUIRED", Error, "R1 §30 col. 5",
        kk: "5-баған толтырылмаған: көлік құжаттары",
        ru: "графа 5 не заполнена: транспортные документы",
        en: "column 5 is empty: transport documents";
    /// Column 6 is empty: goods names.
    Sd6Required = "SD.6.REQUIRED", Error, "R1 §30 col. 6",
        kk: "6-баған толтырылмаған: тауарлардың атауы",
        ru: "графа 6 не заполнена: наименование товаров",
        en: "column 6 is empty: goods names";
    /// Column 7 is empty: number of packages.
    Sd7Required = "SD.7.REQUIRED", Error, "R1 §30 col. 7",
        kk: "7-баған толтырылмаған: орындар саны",
        ru: "графа 7 не заполнена: количество мест",
        en: "column 7 is empty: number of packages";
    /// Column 8 is empty: weight (kg).
    Sd8Required = "SD.8.REQUIRED", Error, "R1 §30 col. 8",
        kk: "8-баған толтырылмаған: салмағы (кг)",
        ru: "графа 8 не заполнена: вес (кг)",
        en: "column 8 is empty: weight (kg)";
    /// Column 9 is empty: seals and identification means.
    Sd9Required = "SD.9.REQUIRED", Error, "R1 §30 col. 9",
        kk: "9-баған толтырылмаған: пломбалар мен сәйкестендіру құралдары",
        ru: "графа 9 не заполнена: пломбы и средства идентификации",
        en: "column 9 is empty: seals and identification means";
    /// Column 10 is empty: invoice value.
    Sd10Required = "SD.10.REQUIRED", Error, "R1 §30 col. 10",
        kk: "10-баған толтырылмаған: фактуралық құн",
        ru: "графа 10 не заполнена: фактурная стоимость",
        en: "column 10 is empty: invoice value";
    /// Column 11 is empty: currency code.
    Sd11Required = "SD.11.REQUIRED", Error, "R1 §30 col. 11",
        kk: "11-баған толтырылмаған: валюта коды",
        ru: "графа 11 не заполнена: код валюты",
        en: "column 11 is empty: currency code";
    /// Column 12 is empty: previous document (DCD number).
    Sd12Required = "SD.12.REQUIRED", Error, "R1 §30 col. 12",
        kk: "12-баған толтырылмаған: алдыңғы құжат (ЖБҚ нөмірі)",
        ru: "графа 12 не заполнена: предшествующий документ (номер ДКД)",
        en: "column 12 is empty: previous document (DCD number)";
    /// Column 14 is empty: temporary storage place.
    Sd14Required = "SD.14.REQUIRED", Error, "R1 §30 col. 14",
        kk: "14-баған толтырылмаған: уақытша сақтау орны",
        ru: "графа 14 не заполнена: место временного хранения",
        en: "column 14 is empty: temporary storage place";
    /// Column 15 is empty: storage term.
    Sd15Required = "SD.15.REQUIRED", Error, "R1 §30 col. 15",
        kk: "15-баған толтырылмаған: сақтау мерзімі",
        ru: "графа 15 не заполнена: срок хранения",
        en: "column 15 is empty: storage term";
    /// Column 16 is empty: name of the customs office.
    Sd16Required = "SD.16.REQUIRED", Error, "R1 §30 col. 16",
        kk: "16-баған толтырылмаған: кеден органының атауы",
        ru: "графа 16 не заполнена: наименование таможенного органа",
        en: "column 16 is empty: name of the customs office";
    /// Column 17 is empty: decision of the customs office.
    Sd17Required = "SD.17.REQUIRED", Error, "R1 §30 col. 17",
        kk: "17-баған толтырылмаған: кеден органының шешімі",
        ru: "графа 17 не заполнена: решение таможенного органа",
        en: "column 17 is empty: decision of the customs office";
    /// The weight in column 8 must be above zero.
    Sd8Positive = "SD.8.POSITIVE", Error, "R1 §30 col. 8",
        kk: "8-бағандағы салмақ нөлден үлкен болуы керек",
        ru: "вес в графе 8 должен быть больше нуля",
        en: "the weight in column 8 must be above zero";
    /// The number of packages in column 7 is above 1 000 000 000.
    Sd7Range = "SD.7.RANGE", Error, "R1 §30 col. 7",
        kk: "7-бағандағы жүк орындарының саны 1 000 000 000-нан асады",
        ru: "число грузовых мест в графе 7 больше 1 000 000 000",
        en: "the number of packages in column 7 is above 1 000 000 000";
    /// The weight in column 8 is above 10^9 kg.
    Sd8Range = "SD.8.RANGE", Error, "R1 §30 col. 8",
        kk: "8-бағандағы салмақ 1 000 000 000 кг-нан асады",
        ru: "вес в графе 8 больше 1 000 000 000 кг",
        en: "the weight in column 8 is above 1 000 000 000 kg";
    /// The invoice value in column 10 must not be negative.
    Sd10Negative = "SD.10.NEGATIVE", Error, "R1 §30 col. 10",
        kk: "10-бағандағы фактуралық құн теріс болмауы керек",
        ru: "фактурная стоимость в графе 10 не может быть отрицательной",
        en: "the invoice value in column 10 must not be negative";
    /// The invoice value in column 10 is above 10^13.
    Sd10Range = "SD.10.RANGE", Error, "R1 §30 col. 10",
        kk: "10-бағандағы фактуралық құн 10^13-нан асады",
        ru: "фактурная стоимость в графе 10 больше 10^13",
        en: "the invoice value in column 10 is above 10^13";
    /// The currency code in column 11 is not an ISO 4217 code.
    Sd11Currency = "SD.11.CURRENCY", Error, "R1 §30 col. 11",
        kk: "11-бағандағы валюта коды белгісіз (ISO 4217)",
        ru: "код валюты в графе 11 неизвестен (ISO 4217)",
        en: "the currency code in column 11 is not an ISO 4217 code";
    /// The name of the carrier's representative (or driver) or the filing date is missing.
    SdDeclarantRequired = "SD.DECLARANT.REQUIRED", Error, "R1 §26, §31; annex 7",
        kk: "тасымалдаушы өкілінің (көлікті басқаратын адамның) аты-жөні немесе берілген күні көрсетілмеген",
        ru: "не указаны ФИО представителя перевозчика (лица, управляющего транспортным средством) или дата подачи",
        en: "the name of the carrier's representative (or driver) or the filing date is missing";
    /// Not certified by the officer's signature and personal numbered seal with the date.
    SdOfficerRequired = "SD.OFFICER.REQUIRED", Error, "R1 §33",
        kk: "лауазымды адамның қолымен және жеке нөмірлік мөрімен, күні көрсетіліп расталмаған",
        ru: "не заверена подписью и личной номерной печатью должностного лица с указанием даты",
        en: "not certified by the officer's signature and personal numbered seal with the date";
    /// The total of item 8 differs from the sum of the table's amounts.
    SecTotal = "SEC.TOTAL", Error, "R3 annex 1 item 8",
        kk: "8-тармақтағы жиынтық кестедегі сомалардың қосындысына тең емес",
        ru: "итог в пункте 8 не равен сумме сумм таблицы",
        en: "the total of item 8 differs from the sum of the table's amounts";
    /// The security amount (journal column 8) is below the total of the pre-calculated payments (derived).
    SecAmount = "SEC.AMOUNT", Error, "R3 annex 1 item 8; annex 2 col. 8",
        kk: "қамтамасыз ету сомасы алдын ала есептелген төлемдердің жиынтығынан аз",
        ru: "сумма обеспечения меньше итога предварительно исчисленных платежей",
        en: "the security amount is below the total of the pre-calculated payments";
    /// The security amount (journal column 8) is outside its range.
    SecAmountRange = "SEC.AMOUNT.RANGE", Error, "R3 annex 2 col. 8",
        kk: "қамтамасыз ету сомасы 0-ден 10^13-ге дейінгі аралықтан тыс",
        ru: "сумма обеспечения вне диапазона от 0 до 10^13",
        en: "the security amount is outside 0 to 10^13";
    /// Item 9 is not exactly one of the types 7.1–7.4.
    SecType = "SEC.TYPE", Error, "R3 annex 1 item 9",
        kk: "9-тармақтағы қамтамасыз ету түрі 7.1–7.4 түрлерінің дәл біреуі емес",
        ru: "вид обеспечения в пункте 9 не ровно один из 7.1–7.4",
        en: "the type of security in item 9 is not exactly one of 7.1–7.4";
    /// An illegal lifecycle transition, or a mark of a later state.
    SecState = "SEC.STATE", Error, "R3 §4–§18",
        kk: "ҚРҚ күйінің рұқсат етілмеген өзгерісі немесе белгілер күйге сәйкес келмейді",
        ru: "недопустимый переход состояния ДПОУ или отметки не соответствуют состоянию",
        en: "illegal change of the security document's state, or marks that do not fit its state";
    /// Registered before the security was provided.
    SecNotProvided = "SEC.NOT_PROVIDED", Error, "R3 §4",
        kk: "ҚРҚ қамтамасыз ету енгізілгенге дейін тіркелген",
        ru: "ДПОУ зарегистрирован до предоставления обеспечения",
        en: "the security document was registered before the security was provided";
    /// A resident participant's application lacks the registration card copy.
    SecCard = "SEC.CARD", Error, "R3 §6",
        kk: "резидент қатысушының өтінішіне есеп кәртішкесінің көшірмесі қоса тігілмеген",
        ru: "к заявлению участника-резидента не приложена копия учётной карточки",
        en: "the resident participant's application lacks the copy of its registration card";
    /// The application or item 11 states no purpose.
    SecApplicationPurpose = "SEC.APPLICATION.PURPOSE", Error, "R3 §5; annex 1 item 11",
        kk: "өтініште немесе 11-тармақта қамтамасыз етудің мақсаты көрсетілмеген",
        ru: "в заявлении или в пункте 11 не указана цель обеспечения",
        en: "the application or item 11 does not state the purpose of the security";
    /// Not drawn up in two copies.
    SecCopies = "SEC.COPIES", Error, "R3 §7",
        kk: "ҚРҚ екі данада ресімделмеген",
        ru: "ДПОУ оформлен не в двух экземплярах",
        en: "the security document is not drawn up in two copies";
    /// The payer's head or accountant signature, or the enterprise seal, is missing.
    SecPayerSigned = "SEC.PAYER.SIGNED", Error, "R3 §7",
        kk: "кәсіпорын басшысының, бухгалтерінің қолы немесе мөрі жоқ",
        ru: "нет подписи руководителя, бухгалтера или печати предприятия",
        en: "the signature of the enterprise's head or accountant, or its seal, is missing";
    /// The department officer's personal seal and signature are missing.
    SecOfficerCertified = "SEC.OFFICER.CERTIFIED", Error, "R3 §8; annex 1",
        kk: "бөлім қызметкерінің жеке нөмірлі мөрі мен қолы жоқ («Тексерiлдi»)",
        ru: "нет личной номерной печати и подписи сотрудника отдела («Проверено»)",
        en: "the department officer's personal numbered seal and signature are missing («checked»)";
    /// The office head's (or deputy's) signature or the emblem seal is missing.
    SecHeadSigned = "SEC.HEAD.SIGNED", Error, "R3 §9",
        kk: "кеден органы бастығының (оны ауыстырушының) қолы немесе елтаңбалық мөр жоқ",
        ru: "нет подписи начальника таможенного органа (его заместителя) или гербовой печати",
        en: "the signature of the head of the office (or deputy) or the emblem seal is missing";
    /// Not registered in the annex 2 journal, or its columns 1, 2, 4, 5, 7, 9 disagree with the form.
    SecJournal = "SEC.JOURNAL", Error, "R3 §10; annex 2",
        kk: "ҚРҚ журналда тіркелмеген немесе журнал жазбасы нысанға сәйкес келмейді",
        ru: "ДПОУ не зарегистрирован в журнале или запись журнала расходится с формой",
        en: "not registered in the journal, or the journal row disagrees with the form";
    /// The registering office's code differs from the office code in the number (new).
    SecOffice = "SEC.OFFICE", Error, "R3 §11",
        kk: "тіркеген кеден органының коды нөмірдегі кодқа сәйкес келмейді",
        ru: "код зарегистрировавшего таможенного органа не совпадает с кодом в номере",
        en: "the registering office's code differs from the office code in the number";
    /// Item 1 (participant: name, details) is missing.
    Sec1Required = "SEC.1.REQUIRED", Error, "R3 annex 1 item 1",
        kk: "1-тармақ толтырылмаған: қатысушы туралы мәліметтер",
        ru: "не заполнен пункт 1: сведения об участнике",
        en: "item 1 is missing: the participant";
    /// Item 2 (taxpayer number) is missing.
    Sec2Required = "SEC.2.REQUIRED", Error, "R3 annex 1 item 2",
        kk: "2-тармақ толтырылмаған: СТН",
        ru: "не заполнен пункт 2: РНН",
        en: "item 2 is missing: the taxpayer registration number";
    /// Item 4 (recipient) is missing.
    Sec4Required = "SEC.4.REQUIRED", Error, "R3 annex 1 item 4",
        kk: "4-тармақ толтырылмаған: алушы",
        ru: "не заполнен пункт 4: получатель",
        en: "item 4 is missing: the recipient";
    /// Item 5 (carrier) is missing.
    Sec5Required = "SEC.5.REQUIRED", Error, "R3 annex 1 item 5",
        kk: "5-тармақ толтырылмаған: тасымалдаушы",
        ru: "не заполнен пункт 5: перевозчик",
        en: "item 5 is missing: the carrier";
    /// Item 6 (total invoice value) is missing.
    Sec6Required = "SEC.6.REQUIRED", Error, "R3 annex 1 item 6",
        kk: "6-тармақ толтырылмаған: жалпы фактуралық құны",
        ru: "не заполнен пункт 6: общая фактурная стоимость",
        en: "item 6 is missing: the total invoice value";
    /// Item 6 is outside its range (new).
    Sec6Range = "SEC.6.RANGE", Error, "R3 annex 1 item 6",
        kk: "6-тармақтағы фактуралық құн 0-ден 10^13-ге дейінгі аралықтан тыс",
        ru: "фактурная стоимость в пункте 6 вне диапазона от 0 до 10^13",
        en: "the invoice value of item 6 is outside 0 to 10^13";
    /// Item 7 (contract currency) is missing.
    Sec7Required = "SEC.7.REQUIRED", Error, "R3 annex 1 item 7",
        kk: "7-тармақ толтырылмаған: келісім-шарт валютасы",
        ru: "не заполнен пункт 7: валюта контракта",
        en: "item 7 is missing: the contract currency";
    /// Item 7 is not an ISO 4217 currency code (new).
    Sec7Currency = "SEC.7.CURRENCY", Error, "R3 annex 1 item 7",
        kk: "7-тармақтағы валюта коды белгісіз (ISO 4217)",
        ru: "код валюты в пункте 7 неизвестен (ISO 4217)",
        en: "the currency of item 7 is not an ISO 4217 code";
    /// Item 8 (table of goods and payments, its total) is missing or incomplete.
    Sec8Required = "SEC.8.REQUIRED", Error, "R3 annex 1 item 8",
        kk: "8-тармақ толтырылмаған: тауарлар мен төлемдер кестесі",
        ru: "не заполнен пункт 8: таблица товаров и платежей",
        en: "item 8 is missing: the table of goods and payments";
    /// A value of the item 8 table is outside its range (new).
    Sec8Range = "SEC.8.RANGE", Error, "R3 annex 1 item 8",
        kk: "8-тармақтағы мән өз аралығынан тыс",
        ru: "значение в пункте 8 вне своего диапазона",
        en: "a value of item 8 is outside its range";
    /// Item 9 (type of security) is missing.
    Sec9Required = "SEC.9.REQUIRED", Error, "R3 annex 1 item 9",
        kk: "9-тармақ толтырылмаған: қамтамасыз ету түрі",
        ru: "не заполнен пункт 9: вид обеспечения",
        en: "item 9 is missing: the type of security";
    /// Item 10 (number of the document certifying the security) is missing.
    Sec10Required = "SEC.10.REQUIRED", Error, "R3 annex 1 item 10",
        kk: "10-тармақ толтырылмаған: қамтамасыз етуді куәландыратын құжаттың нөмірі",
        ru: "не заполнен пункт 10: номер документа, удостоверяющего обеспечение",
        en: "item 10 is missing: the number of the document certifying the security";
    /// Item 11 (purpose) is missing.
    Sec11Required = "SEC.11.REQUIRED", Error, "R3 annex 1 item 11",
        kk: "11-тармақ толтырылмаған: қамтамасыз етудің мақсаты",
        ru: "не заполнен пункт 11: цель обеспечения",
        en: "item 11 is missing: the purpose of the security";
    /// At departure the reverse's DCD No, weight, value, currency, delivery date, seal or signature is missing.
    SecReverseDeparture = "SEC.REVERSE.DEPARTURE", Error, "R3 §14; annex 1 reverse",
        kk: "сыртқы жағында жөнелту кеден органының белгісі толық емес",
        ru: "на оборотной стороне отметка таможни отправления неполна",
        en: "the departure office's record on the reverse is incomplete";
    /// A weight or value of the reverse is outside its range (new).
    SecReverseRange = "SEC.REVERSE.RANGE", Error, "R3 §14; annex 1 reverse",
        kk: "сыртқы жағындағы салмақ немесе құн өз аралығынан тыс",
        ru: "вес или стоимость на оборотной стороне вне своего диапазона",
        en: "a weight or value on the reverse is outside its range";
    /// The reverse's DCD No is not a dcd number, or differs from the DCD citing the document (derived).
    SecReverseDcdMatch = "SEC.REVERSE.DCD_MATCH", Error, "R3 §14–§15; R1 §9 col. 44",
        kk: "сыртқы жағындағы ЖБҚ нөмірі ЖБҚ нөмірі емес немесе осы ҚРҚ-ны көрсеткен ЖБҚ-ға сәйкес келмейді",
        ru: "номер ДКД на оборотной стороне не номер ДКД или не совпадает с ДКД, ссылающимся на этот ДПОУ",
        en: "the DCD No on the reverse is not a DCD number, or is not the DCD that cites this security document";
    /// The return/offset application is filed with another office than the registering one.
    SecReturnOffice = "SEC.RETURN.OFFICE", Error, "R3 §16",
        kk: "қайтару (есепке жатқызу) туралы өтініш тіркеген кеден органына берілмеген",
        ru: "заявление о возврате (зачёте) подано не в таможенный орган регистрации",
        en: "the return or offset application is not filed with the registering office";
    /// The application lacks the original.
    SecReturnOriginal = "SEC.RETURN.ORIGINAL", Error, "R3 §17",
        kk: "өтінішке ҚРҚ түпнұсқасы қоса берілмеген",
        ru: "к заявлению не приложен оригинал ДПОУ",
        en: "the application lacks the original security document";
    /// Return or offset without the conclusion entry (delivery certificate No).
    SecReturnConclusion = "SEC.RETURN.CONCLUSION", Error, "R3 §18",
        kk: "пайдалану туралы қорытынды (жеткізу туралы куәліктің нөмірі) жоқ",
        ru: "нет заключения об использовании (номера свидетельства о доставке)",
        en: "the conclusion on use (the delivery certificate No) is missing";
    /// One document used for more than one consignment / DCD (derived).
    SecConsignment = "SEC.CONSIGNMENT", Error, "R3 §3",
        kk: "бір ҚРҚ бірнеше партияға (ЖБҚ) пайдаланылған",
        ru: "один ДПОУ использован для нескольких партий (ДКД)",
        en: "one security document is used for more than one consignment (DCD)";
    /// The number cited differs from the related security document's (new; reported by the DCD and the delivery certificate).
    SecLinkNumber = "SEC.LINK.NUMBER", Error, "R1 §9 col. 44; R1 annex 10; R3 §11",
        kk: "көрсетілген ҚРҚ нөмірі берілген ҚРҚ нөміріне сәйкес келмейді",
        ru: "указанный номер ДПОУ не совпадает с номером данного ДПОУ",
        en: "the security document number cited is not that of the security document given";
    /// The date cited differs from the related security document's (new).
    SecLinkDate = "SEC.LINK.DATE", Error, "R1 §9 col. 44; R1 annex 10; R3 §11",
        kk: "көрсетілген ҚРҚ күні берілген ҚРҚ күніне сәйкес келмейді",
        ru: "указанная дата ДПОУ не совпадает с датой данного ДПОУ",
        en: "the security document date cited is not that of the security document given";
    /// The office cited differs from the one that registered the related security document (new).
    SecLinkOffice = "SEC.LINK.OFFICE", Error, "R1 annex 10; R3 §9, §11",
        kk: "көрсетілген кеден органы берілген ҚРҚ-ны тіркеген органға сәйкес келмейді",
        ru: "указанный таможенный орган не совпадает с органом, зарегистрировавшим данный ДПОУ",
        en: "the office cited is not the one that registered the security document given";
    /// The DCD's invoice total exceeds the related security document's (new).
    SecLinkAmount = "SEC.LINK.AMOUNT", Error, "R3 §3; annex 1 items 6–8",
        kk: "ЖБҚ тауарлары берілген ҚРҚ-мен қамтамасыз етілгеннен көп",
        ru: "товары ДКД превышают обеспеченные данным ДПОУ",
        en: "the DCD's goods exceed what the security document given secures";
    /// The arrival date is missing.
    ArrivalDateRequired = "ARRIVAL.DATE.REQUIRED", Error, "R1 §34–§35",
        kk: "тауардың келген күні көрсетілмеген",
        ru: "не указана дата прибытия товаров",
        en: "the arrival date is missing";
    /// The arrival date is earlier than the DCD's registration date.
    ArrivalDateBeforeRegistration = "ARRIVAL.DATE.BEFORE_REGISTRATION", Error, "R1 §34; R1 §9 col. 7",
        kk: "келген күні ЖБҚ тіркелген күннен ерте",
        ru: "дата прибытия раньше даты регистрации ДКД",
        en: "the arrival date is earlier than the DCD's registration date";
    /// The goods arrived after the delivery deadline of column 50.
    ArrivalOverdue = "ARRIVAL.OVERDUE", Error, "R1 §9 col. 50; R1 §35",
        kk: "тауар 50-бағандағы жеткізу мерзімінен кеш келді",
        ru: "товары прибыли позже срока доставки, указанного в графе 50",
        en: "the goods arrived after the delivery deadline of column 50";
    /// Neither a short declaration nor a cargo customs declaration number is given.
    ArrivalDeclarationRequired = "ARRIVAL.DECLARATION.REQUIRED", Error, "R1 §34",
        kk: "қысқаша декларацияның немесе жүк кедендік декларацияның нөмірі көрсетілмеген",
        ru: "не указан номер краткой декларации или грузовой таможенной декларации",
        en: "neither a short declaration nor a cargo customs declaration number is given";
    /// The short declaration number does not match its pattern.
    ArrivalDeclarationFormat = "ARRIVAL.DECLARATION.FORMAT", Error, "R1 §34; R1 §28",
        kk: "қысқаша декларацияның нөмірі өз үлгісіне сәйкес келмейді",
        ru: "номер краткой декларации не соответствует своему шаблону",
        en: "the short declaration number does not match its pattern";
    /// The officer's name or personal numbered seal is missing.
    ArrivalOfficerRequired = "ARRIVAL.OFFICER.REQUIRED", Error, "R1 §34",
        kk: "лауазымды адамның аты-жөні немесе жеке нөмірлік мөрі көрсетілмеген",
        ru: "не указаны ФИО или личная номерная печать должностного лица",
        en: "the officer's name or personal numbered seal is missing";
    /// The date of the delivery confirmation certificate is missing.
    CertDateRequired = "CERT.DATE.REQUIRED", Error, "R1 annex 10",
        kk: "куәліктің күні көрсетілмеген",
        ru: "не указана дата свидетельства",
        en: "the date of the certificate is missing";
    /// The number of the delivery confirmation certificate is missing.
    CertNumberRequired = "CERT.NUMBER.REQUIRED", Error, "R1 annex 10",
        kk: "куәліктің нөмірі көрсетілмеген",
        ru: "не указан номер свидетельства",
        en: "the number of the certificate is missing";
    /// The destination office is missing.
    CertOfficeRequired = "CERT.OFFICE.REQUIRED", Error, "R1 annex 10",
        kk: "баратын кеден органы көрсетілмеген",
        ru: "не указана таможня назначения",
        en: "the destination office is missing";
    /// The DCD number is missing.
    CertDcdRequired = "CERT.DCD.REQUIRED", Error, "R1 annex 10",
        kk: "ЖБҚ нөмірі көрсетілмеген",
        ru: "не указан номер ДКД",
        en: "the DCD number is missing";
    /// The DCD number does not match its pattern.
    CertDcdFormat = "CERT.DCD.FORMAT", Error, "R1 annex 10; R1 §9 col. 7",
        kk: "ЖБҚ нөмірі өз үлгісіне сәйкес келмейді",
        ru: "номер ДКД не соответствует своему шаблону",
        en: "the DCD number does not match its pattern";
    /// The number of the security document presented is missing.
    CertSecurityRequired = "CERT.SECURITY.REQUIRED", Error, "R1 annex 10",
        kk: "ұсынылған ҚРҚ нөмірі көрсетілмеген",
        ru: "не указан номер представленного ДПОУ",
        en: "the number of the security document presented is missing";
    /// The security document number does not match its pattern.
    CertSecurityFormat = "CERT.SECURITY.FORMAT", Error, "R1 annex 10; R3 §11",
        kk: "ҚРҚ нөмірі өз үлгісіне сәйкес келмейді",
        ru: "номер ДПОУ не соответствует своему шаблону",
        en: "the security document number does not match its pattern";
    /// The security document's date is missing or differs from the date in its number.
    CertSecurityDate = "CERT.SECURITY.DATE", Error, "R1 annex 10; R3 §11",
        kk: "ҚРҚ күні көрсетілмеген немесе оның нөміріндегі күнге сәйкес келмейді",
        ru: "дата ДПОУ не указана или не совпадает с датой в его номере",
        en: "the security document's date is missing or differs from the date in its number";
    /// The office that registered the security document is missing or is not the office in its number.
    CertSecurityOffice = "CERT.SECURITY.OFFICE", Error, "R1 annex 10; R3 §11",
        kk: "ҚРҚ тіркеген кеден органы көрсетілмеген немесе оның нөміріндегі органға сәйкес келмейді",
        ru: "таможенный орган, зарегистрировавший ДПОУ, не указан или не совпадает с органом в его номере",
        en: "the office that registered the security document is missing or is not the office in its number";
    /// The issuing official's name, signature or personal numbered seal is missing.
    CertOfficialRequired = "CERT.OFFICIAL.REQUIRED", Error, "R1 annex 10",
        kk: "куәлікті берген лауазымды адамның аты-жөні, қолы немесе ЖНМ жоқ",
        ru: "нет ФИО, подписи или ЛНП должностного лица, выдавшего свидетельство",
        en: "the issuing official's name, signature or personal numbered seal is missing";
    /// The certificate bears no seal.
    CertSealRequired = "CERT.SEAL.REQUIRED", Error, "R1 annex 10",
        kk: "куәлікте мөр жоқ",
        ru: "на свидетельстве нет печати",
        en: "the certificate bears no seal";
    /// The preliminary information lacks the consignor and consignee.
    PreRequiredParties = "PRE.PARTIES.REQUIRED", Error, "R1 §51, annex 14 item 1",
        kk: "алдын ала ақпаратта көрсетілмеген: тауарды жөнелтуші мен алушы",
        ru: "в предварительной информации не указано: отправитель и получатель товаров",
        en: "the preliminary information lacks the consignor and consignee";
    /// The preliminary information lacks the countries of dispatch and destination.
    PreRequiredCountries = "PRE.COUNTRIES.REQUIRED", Error, "R1 §51, annex 14 item 2",
        kk: "алдын ала ақпаратта көрсетілмеген: жөнелтуші ел мен межелі ел",
        ru: "в предварительной информации не указано: страны отправления и назначения",
        en: "the preliminary information lacks the countries of dispatch and destination";
    /// The preliminary information lacks the declarant.
    PreRequiredDeclarant = "PRE.DECLARANT.REQUIRED", Error, "R1 §51, annex 14 item 3",
        kk: "алдын ала ақпаратта көрсетілмеген: декларант",
        ru: "в предварительной информации не указано: декларант",
        en: "the preliminary information lacks the declarant";
    /// The preliminary information lacks the carrier.
    PreRequiredCarrier = "PRE.CARRIER.REQUIRED", Error, "R1 §51, annex 14 item 4",
        kk: "алдын ала ақпаратта көрсетілмеген: тасымалдаушы",
        ru: "в предварительной информации не указано: перевозчик",
        en: "the preliminary information lacks the carrier";
    /// The preliminary information lacks the vehicle.
    PreRequiredVehicle = "PRE.VEHICLE.REQUIRED", Error, "R1 §51, annex 14 item 5",
        kk: "алдын ала ақпаратта көрсетілмеген: көлік құралы",
        ru: "в предварительной информации не указано: транспортное средство",
        en: "the preliminary information lacks the vehicle";
    /// The preliminary information lacks the name, quantity and value of the goods.
    PreRequiredGoods = "PRE.GOODS.REQUIRED", Error, "R1 §51, annex 14 item 6",
        kk: "алдын ала ақпаратта көрсетілмеген: тауарлардың атауы, мөлшері, құны",
        ru: "в предварительной информации не указано: наименование, количество и стоимость товаров",
        en: "the preliminary information lacks the name, quantity and value of the goods";
    /// The preliminary information lacks the commodity code.
    PreRequiredCode = "PRE.CODE.REQUIRED", Error, "R1 §51, annex 14 item 7",
        kk: "алдын ала ақпаратта көрсетілмеген: тауарлар коды",
        ru: "в предварительной информации не указано: код товаров",
        en: "the preliminary information lacks the commodity code";
    /// The preliminary information lacks the gross weight or volume.
    PreRequiredWeight = "PRE.WEIGHT.REQUIRED", Error, "R1 §51, annex 14 item 8",
        kk: "алдын ала ақпаратта көрсетілмеген: брутто салмағы немесе көлемі",
        ru: "в предварительной информации не указано: вес брутто или объём",
        en: "the preliminary information lacks the gross weight or volume";
    /// The preliminary information lacks the number of packages.
    PreRequiredPackages = "PRE.PACKAGES.REQUIRED", Error, "R1 §51, annex 14 item 9",
        kk: "алдын ала ақпаратта көрсетілмеген: жүк орындарының саны",
        ru: "в предварительной информации не указано: количество грузовых мест",
        en: "the preliminary information lacks the number of packages";
    /// The preliminary information lacks the destination point.
    PreRequiredDestination = "PRE.DESTINATION.REQUIRED", Error, "R1 §51, annex 14 item 10",
        kk: "алдын ала ақпаратта көрсетілмеген: тауарлардың межелі пункті",
        ru: "в предварительной информации не указано: пункт назначения товаров",
        en: "the preliminary information lacks the destination point";
    /// The preliminary information lacks the documents confirming the restrictions are met.
    PreRequiredRestrictions = "PRE.RESTRICTIONS.REQUIRED", Error, "R1 §51, annex 14 item 11",
        kk: "алдын ала ақпаратта көрсетілмеген: шектеулердің сақталуын растайтын құжаттар",
        ru: "в предварительной информации не указано: документы о соблюдении ограничений",
        en: "the preliminary information lacks the documents confirming the restrictions are met";
    /// The preliminary information lacks the accompanying documents.
    PreRequiredDocuments = "PRE.DOCUMENTS.REQUIRED", Error, "R1 §51, annex 14 item 12",
        kk: "алдын ала ақпаратта көрсетілмеген: тауарға ілеспе құжаттар",
        ru: "в предварительной информации не указано: товаросопроводительные документы",
        en: "the preliminary information lacks the accompanying documents";
    /// The preliminary information lacks the planned transhipment or cargo operations.
    PreRequiredOperations = "PRE.OPERATIONS.REQUIRED", Error, "R1 §51, annex 14 item 13",
        kk: "алдын ала ақпаратта көрсетілмеген: жоспарланған қайта тиеу немесе жүк операциялары",
        ru: "в предварительной информации не указано: планируемые перегрузки или грузовые операции",
        en: "the preliminary information lacks the planned transhipment or cargo operations";
    /// The accompanying documents lack the consignor and consignee.
    PreDocsMissingParties = "PRE.DOCS.PARTIES.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: тауарды жөнелтуші мен алушы",
        ru: "в товаросопроводительных документах нет сведений: отправитель и получатель товаров",
        en: "the accompanying documents lack the consignor and consignee";
    /// The accompanying documents lack the countries of dispatch and destination.
    PreDocsMissingCountries = "PRE.DOCS.COUNTRIES.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: жөнелтуші ел мен межелі ел",
        ru: "в товаросопроводительных документах нет сведений: страны отправления и назначения",
        en: "the accompanying documents lack the countries of dispatch and destination";
    /// The accompanying documents lack the declarant.
    PreDocsMissingDeclarant = "PRE.DOCS.DECLARANT.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: декларант",
        ru: "в товаросопроводительных документах нет сведений: декларант",
        en: "the accompanying documents lack the declarant";
    /// The accompanying documents lack the carrier.
    PreDocsMissingCarrier = "PRE.DOCS.CARRIER.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: тасымалдаушы",
        ru: "в товаросопроводительных документах нет сведений: перевозчик",
        en: "the accompanying documents lack the carrier";
    /// The accompanying documents lack the vehicle.
    PreDocsMissingVehicle = "PRE.DOCS.VEHICLE.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: көлік құралы",
        ru: "в товаросопроводительных документах нет сведений: транспортное средство",
        en: "the accompanying documents lack the vehicle";
    /// The accompanying documents lack the name, quantity and value of the goods.
    PreDocsMissingGoods = "PRE.DOCS.GOODS.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: тауарлардың атауы, мөлшері, құны",
        ru: "в товаросопроводительных документах нет сведений: наименование, количество и стоимость товаров",
        en: "the accompanying documents lack the name, quantity and value of the goods";
    /// The accompanying documents lack the commodity code.
    PreDocsMissingCode = "PRE.DOCS.CODE.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: тауарлар коды",
        ru: "в товаросопроводительных документах нет сведений: код товаров",
        en: "the accompanying documents lack the commodity code";
    /// The accompanying documents lack the gross weight or volume.
    PreDocsMissingWeight = "PRE.DOCS.WEIGHT.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: брутто салмағы немесе көлемі",
        ru: "в товаросопроводительных документах нет сведений: вес брутто или объём",
        en: "the accompanying documents lack the gross weight or volume";
    /// The accompanying documents lack the number of packages.
    PreDocsMissingPackages = "PRE.DOCS.PACKAGES.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: жүк орындарының саны",
        ru: "в товаросопроводительных документах нет сведений: количество грузовых мест",
        en: "the accompanying documents lack the number of packages";
    /// The accompanying documents lack the destination point.
    PreDocsMissingDestination = "PRE.DOCS.DESTINATION.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: тауарлардың межелі пункті",
        ru: "в товаросопроводительных документах нет сведений: пункт назначения товаров",
        en: "the accompanying documents lack the destination point";
    /// The accompanying documents lack the documents confirming the restrictions are met.
    PreDocsMissingRestrictions = "PRE.DOCS.RESTRICTIONS.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: шектеулердің сақталуын растайтын құжаттар",
        ru: "в товаросопроводительных документах нет сведений: документы о соблюдении ограничений",
        en: "the accompanying documents lack the documents confirming the restrictions are met";
    /// The accompanying documents lack the planned transhipment or cargo operations.
    PreDocsMissingOperations = "PRE.DOCS.OPERATIONS.MISSING", Error, "R1 §52",
        kk: "ілеспе құжаттарда жоқ: жоспарланған қайта тиеу немесе жүк операциялары",
        ru: "в товаросопроводительных документах нет сведений: планируемые перегрузки или грузовые операции",
        en: "the accompanying documents lack the planned transhipment or cargo operations";
    /// The departure office is not in the list of offices equipped to accept accompanying documents as a DCD.
    PreOfficeEquipped = "PRE.OFFICE.EQUIPPED", Error, "R1 §49, §50",
        kk: "жөнелту кеден органы ілеспе құжаттарды ЖБҚ ретінде қабылдауға жарақталған органдар тізбесінде жоқ",
        ru: "таможня отправления не входит в перечень оснащённых для приёма товаросопроводительных документов в качестве ДКД",
        en: "the departure office is not in the list of offices equipped to accept accompanying documents as a DCD";
    /// Neither do the accompanying documents carry the §52 particulars nor was preliminary information filed.
    PreBasis = "PRE.BASIS", Error, "R1 §49",
        kk: "ілеспе құжаттарда §52 мәліметтері жоқ және алдын ала ақпарат ұсынылмаған",
        ru: "товаросопроводительные документы не содержат сведений §52 и предварительная информация не представлена",
        en: "neither do the accompanying documents carry the §52 particulars nor was preliminary information filed";
    /// The commodity code in the accompanying documents has fewer than six digits.
    PreDocsCodeDigits = "PRE.DOCS.CODE.DIGITS", Error, "R1 §52",
        kk: "ілеспе құжаттардағы тауар коды алты таңбадан кем",
        ru: "код товара в товаросопроводительных документах короче шести знаков",
        en: "the commodity code in the accompanying documents has fewer than six digits";
    /// The commodity code in the preliminary information has fewer than six digits.
    PreCodeDigits = "PRE.CODE.DIGITS", Error, "R1 annex 14 item 7",
        kk: "алдын ала ақпараттағы тауар коды алты таңбадан кем",
        ru: "код товара в предварительной информации короче шести знаков",
        en: "the commodity code in the preliminary information has fewer than six digits";
    /// The portal's registration code or barcode is not in the upper right corner of the transport document.
    PreProof = "PRE.PROOF", Error, "R1 §51",
        kk: "көліктік құжаттың жоғарғы оң жақ бұрышында порталдың тіркеу коды немесе штрихкоды жоқ",
        ru: "в правом верхнем углу транспортного документа нет регистрационного кода или штрихкода портала",
        en: "the portal's registration code or barcode is not in the upper right corner of the transport document";
    /// A transport or commercial document is not in Kazakh or Russian and has no translation.
    PreLanguage = "PRE.LANGUAGE", Error, "R1 §53",
        kk: "көліктік немесе коммерциялық құжат мемлекеттік немесе орыс тілінде емес және аудармасы жоқ",
        ru: "транспортный или коммерческий документ не на государственном или русском языке и без перевода",
        en: "a transport or commercial document is not in Kazakh or Russian and has no translation";
    /// The sheets (translations included) are not numbered in order.
    PrePagesNumbered = "PRE.PAGES.NUMBERED", Error, "R1 §54",
        kk: "парақтар (аудармаларымен қоса) ретімен нөмірленбеген",
        ru: "листы (включая переводы) не пронумерованы по порядку",
        en: "the sheets (translations included) are not numbered in order";
    /// A sheet is not certified with the official's personal seal.
    PrePagesCertified = "PRE.PAGES.CERTIFIED", Error, "R1 §55",
        kk: "парақ лауазымды адамның жеке нөмірлі мөрімен куәландырылмаған",
        ru: "лист не заверен личной номерной печатью должностного лица",
        en: "a sheet is not certified with the official's personal seal";
    /// The DCD number is missing, not a DCD number, or differs between the documents, the inventory and the software.
    PreDcdNumber = "PRE.DCD_NUMBER", Error, "R1 §50, §55",
        kk: "ЖБҚ реттік нөмірі жоқ, дұрыс емес немесе құжаттарда, тізімдемеде және бағдарламада әртүрлі",
        ru: "порядковый номер ДКД отсутствует, неверен или различается в документах, описи и программе",
        en: "the DCD number is missing, not a DCD number, or differs between the documents, the inventory and the software";
    /// The accompanying documents cannot move to that state.
    PreState = "PRE.STATE", Error, "R1 §54–§57",
        kk: "ілеспе құжаттардың күйі рұқсат етілмеген түрде өзгертілді",
        ru: "недопустимый переход состояния товаросопроводительных документов",
        en: "the accompanying documents cannot move to that state";
    /// The inventory of the accompanying documents is missing.
    InvRequired = "INV.REQUIRED", Error, "R1 §54",
        kk: "тауарға ілеспе құжаттарға тізімдеме жоқ",
        ru: "нет описи товаросопроводительных документов",
        en: "the inventory of the accompanying documents is missing";
    /// The inventory is not drawn up in two copies.
    InvCopies = "INV.COPIES", Error, "R1 §54",
        kk: "тізімдеме екі данада жасалмаған",
        ru: "опись составлена не в двух экземплярах",
        en: "the inventory is not drawn up in two copies";
    /// The inventory header lacks the DCD No., the customs post / border checkpoint or the vehicle No..
    InvHeaderRequired = "INV.HEADER.REQUIRED", Error, "R1 annex 15",
        kk: "тізімдеменің тақырыбында ЖБҚ №, кеден бекеті/БӨП немесе КҚ № жоқ",
        ru: "в заголовке описи нет № ДКД, таможенного поста/ПП или № ТС",
        en: "the inventory header lacks the DCD No., the customs post / border checkpoint or the vehicle No.";
    /// The inventory has no transport waybill (item 1) or invoice (item 2).
    InvRowRequired = "INV.ROW.REQUIRED", Error, "R1 annex 15",
        kk: "тізімдемеде тауар-көліктік жүкқұжаты (1) немесе шот-фактура (2) жоқ",
        ru: "в описи нет товарно-транспортной накладной (1) или счёта-фактуры (2)",
        en: "the inventory has no transport waybill (item 1) or invoice (item 2)";
    /// An inventory row's item is not one of 1–24, or is given twice.
    InvRowItem = "INV.ROW.ITEM", Error, "R1 annex 15",
        kk: "тізімдеме жолының нөмірі 1–24 емес немесе қайталанған",
        ru: "номер строки описи не от 1 до 24 или повторяется",
        en: "an inventory row's item is not one of 1–24, or is given twice";
    /// An inventory row's number of sheets is not a positive whole number.
    InvRowSheets = "INV.ROW.SHEETS", Error, "R1 annex 15",
        kk: "тізімдеме жолындағы парақтар саны оң бүтін сан емес",
        ru: "количество листов в строке описи не целое положительное",
        en: "an inventory row's number of sheets is not a positive whole number";
    /// The total of sheets differs from the sum of the rows.
    InvTotal = "INV.TOTAL", Error, "R1 annex 15",
        kk: "парақтардың барлығы жолдардағы сандардың қосындысына тең емес",
        ru: "итог листов не равен сумме по строкам",
        en: "the total of sheets differs from the sum of the rows";
    /// The undertaking lacks the carrier's name, the quantity of goods, the delivery date or the signature.
    InvUndertaking = "INV.UNDERTAKING", Error, "R1 §54, annex 15",
        kk: "міндеттемеде тасымалдаушының аты, тауар мөлшері, жеткізу мерзімі немесе қолы жоқ",
        ru: "в обязательстве нет имени перевозчика, количества товаров, срока доставки или подписи",
        en: "the undertaking lacks the carrier's name, the quantity of goods, the delivery date or the signature";
    /// An e-seal is used but its number is not given in the inventory.
    InvEseal = "INV.ESEAL", Error, "R1 §54, annex 15",
        kk: "электрондық пломба қолданылған, бірақ оның нөмірі тізімдемеде көрсетілмеген",
        ru: "применена электронная пломба, но её номер в описи не указан",
        en: "an e-seal is used but its number is not given in the inventory";
    /// The inventory's acceptance entries are incomplete.
    InvAcceptance = "INV.ACCEPTANCE", Error, "R1 §55, annex 15",
        kk: "тізімдемеде қабылдау белгілері толық емес",
        ru: "отметки о принятии в описи неполны",
        en: "the inventory's acceptance entries are incomplete";
    /// Stamp figure 2 with signature and personal seal is missing on the inventory at destination.
    InvArrival = "INV.ARRIVAL", Error, "R1 §57",
        kk: "межелі кеден органында тізімдемеге қолы мен жеке мөрімен 2-сызбалы мөртабан қойылмаған",
        ru: "в таможне назначения на опись не проставлен штамп фигуры 2 с подписью и личной печатью",
        en: "stamp figure 2 with signature and personal seal is missing on the inventory at destination";
    /// The carnet number is missing.
    TirNumberRequired = "TIR.NUMBER.REQUIRED", Error, "R1 §58",
        kk: "ХЖТ кітапшасының нөмірі көрсетілмеген",
        ru: "не указан номер книжки МДП",
        en: "the TIR carnet number is missing";
    /// The carnet number is not up to two capital Latin letters and eight digits.
    TirNumberFormat = "TIR.NUMBER.FORMAT", Error, "R1 §58",
        kk: "ХЖТ кітапшасының нөмірі екі латын әрпіне дейін және сегіз цифр емес",
        ru: "номер книжки МДП не из не более чем двух латинских букв и восьми цифр",
        en: "the TIR carnet number is not up to two capital Latin letters and eight digits";
    /// One of the documents of §59 is not presented.
    TirDocs = "TIR.DOCS", Error, "R1 §59",
        kk: "59-тармақтың құжаттарының бірі ұсынылмаған",
        ru: "не представлен один из документов пункта 59",
        en: "one of the documents of §59 is not presented";
    /// The carnet lacks white vouchers No. 1 or green vouchers No. 2.
    TirVouchers = "TIR.VOUCHERS", Error, "R1 §60",
        kk: "кітапшада кемінде бір «ақ (№ 1)» және бір «жасыл (№ 2)» парақ жоқ",
        ru: "в книжке нет хотя бы одного белого (№ 1) и одного зелёного (№ 2) листа",
        en: "the carnet does not have at least one white voucher No. 1 and one green voucher No. 2";
    /// Cover boxes 2–15 or the yellow sheet are incomplete.
    TirCover = "TIR.COVER", Error, "R1 §61",
        kk: "мұқабаның 2-15 бағандары немесе «үзілмейтін сары» парақ толтырылмаған",
        ru: "не заполнены графы 2–15 обложки или неотрывной жёлтый лист",
        en: "cover boxes 2–15 or the yellow sheet are incomplete";
    /// The accompanying documents lack the departure official's personal seal.
    TirDocsCertified = "TIR.DOCS.CERTIFIED", Error, "R1 §61",
        kk: "ілеспе құжаттар жеке нөмірлік мөрмен куәландырылмаған",
        ru: "сопроводительные документы не заверены личной номерной печатью",
        en: "the accompanying documents are not certified with the personal numbered seal";
    /// "For official use" lacks the value, the currency, the signature or the seal.
    TirOfficialUse = "TIR.OFFICIAL_USE", Error, "R1 §62",
        kk: "«Қызметтік пайдалану үшін» бағанында құны, валюта коды, қолы немесе мөрі жоқ",
        ru: "в графе «Для служебного пользования» нет стоимости, кода валюты, подписи или печати",
        en: "\"For official use\" lacks the value, the currency code, the signature or the seal";
    /// Box 16 (seals affixed) is missing on a voucher.
    Tir16Required = "TIR.16.REQUIRED", Error, "R1 §62 box 16",
        kk: "16-баған (салынған пломбалар) толтырылмаған",
        ru: "графа 16 (наложенные пломбы) не заполнена",
        en: "box 16 (seals affixed) is not filled";
    /// Box 17 (date opened, signature, seal) is missing on a voucher.
    Tir17Required = "TIR.17.REQUIRED", Error, "R1 §62 box 17",
        kk: "17-баған (ашылған күні, қолы мен мөрі) толтырылмаған",
        ru: "графа 17 (дата открытия, подпись и печать) не заполнена",
        en: "box 17 (date opened, signature and seal) is not filled";
    /// Box 18 (departure office) is missing on the departure set.
    Tir18Required = "TIR.18.REQUIRED", Error, "R1 §62 box 18",
        kk: "18-баған (жөнелтуші кеден органы) толтырылмаған",
        ru: "графа 18 (таможня отправления) не заполнена",
        en: "box 18 (office of departure) is not filled";
    /// Box 19 (seals intact) is not marked on the departure set.
    Tir19Required = "TIR.19.REQUIRED", Error, "R1 §62 box 19",
        kk: "19-бағанда (пломбалардың жай-күйі) белгі жоқ",
        ru: "в графе 19 (состояние пломб) нет отметки",
        en: "box 19 (seals intact) is not marked";
    /// Box 20 (time limit for transit) is missing on the departure set.
    Tir20Required = "TIR.20.REQUIRED", Error, "R1 §62 box 20",
        kk: "20-баған (транзиттік тасымалдаудың ұзақтығы) толтырылмаған",
        ru: "графа 20 (срок транзитной перевозки) не заполнена",
        en: "box 20 (time limit for transit) is not filled";
    /// Box 21 (registered by customs) is missing on the departure set.
    Tir21Required = "TIR.21.REQUIRED", Error, "R1 §62 box 21",
        kk: "21-баған (кеденмен тіркелген) толтырылмаған",
        ru: "графа 21 (зарегистрировано таможней) не заполнена",
        en: "box 21 (registered by customs) is not filled";
    /// Box 21 lacks the 5-digit office code or the journal number.
    Tir21Format = "TIR.21.FORMAT", Error, "R1 §62 box 21",
        kk: "21-бағанда бес таңбалы кеден органының коды немесе журнал нөмірі жоқ",
        ru: "в графе 21 нет пятизначного кода таможни или номера по журналу",
        en: "box 21 lacks the 5-digit office code or the journal number";
    /// Box 22 (destination office) is missing on the departure set.
    Tir22Required = "TIR.22.REQUIRED", Error, "R1 §62 box 22",
        kk: "22-баған (межелі кеден органы) толтырылмаған",
        ru: "графа 22 (таможня назначения) не заполнена",
        en: "box 22 (office of destination) is not filled";
    /// Box 23 (date, signature, seal) is missing on the departure set.
    Tir23Required = "TIR.23.REQUIRED", Error, "R1 §62 box 23",
        kk: "23-баған (күні, мөрі мен қолы) толтырылмаған",
        ru: "графа 23 (дата, печать и подпись) не заполнена",
        en: "box 23 (date, stamp and signature) is not filled";
    /// Counterfoil No. 1 box 2 differs from voucher box 21.
    TirCounterfoilMismatch = "TIR.COUNTERFOIL.MISMATCH", Error, "R1 §63 box 2",
        kk: "№ 1 түбіртектің 2-бағанындағы нөмір 21-бағандағы нөмірге сәйкес келмейді",
        ru: "номер в графе 2 корешка № 1 не совпадает с номером в графе 21",
        en: "counterfoil No. 1 box 2 differs from the number in voucher box 21";
    /// Counterfoil No. 1 box 1 (departure office) is missing.
    TirCf11Required = "TIR.CF1.1.REQUIRED", Error, "R1 §63 box 1",
        kk: "№ 1 түбіртектің 1-бағаны толтырылмаған",
        ru: "графа 1 корешка № 1 не заполнена",
        en: "counterfoil No. 1 box 1 is not filled";
    /// Counterfoil No. 1 box 2 (journal number) is missing.
    TirCf12Required = "TIR.CF1.2.REQUIRED", Error, "R1 §63 box 2",
        kk: "№ 1 түбіртектің 2-бағаны толтырылмаған",
        ru: "графа 2 корешка № 1 не заполнена",
        en: "counterfoil No. 1 box 2 is not filled";
    /// Counterfoil No. 1 box 3 (seals affixed) is missing.
    TirCf13Required = "TIR.CF1.3.REQUIRED", Error, "R1 §63 box 3",
        kk: "№ 1 түбіртектің 3-бағаны толтырылмаған",
        ru: "графа 3 корешка № 1 не заполнена",
        en: "counterfoil No. 1 box 3 is not filled";
    /// Counterfoil No. 1 box 4 (seals intact) is not marked.
    TirCf14Required = "TIR.CF1.4.REQUIRED", Error, "R1 §63 box 4",
        kk: "№ 1 түбіртектің 4-бағанында белгі жоқ",
        ru: "в графе 4 корешка № 1 нет отметки",
        en: "counterfoil No. 1 box 4 is not marked";
    /// Counterfoil No. 1 box 5 (destination office) is missing.
    TirCf15Required = "TIR.CF1.5.REQUIRED", Error, "R1 §63 box 5",
        kk: "№ 1 түбіртектің 5-бағаны толтырылмаған",
        ru: "графа 5 корешка № 1 не заполнена",
        en: "counterfoil No. 1 box 5 is not filled";
    /// Counterfoil No. 1 box 6 (date, signature, seal) is missing.
    TirCf16Required = "TIR.CF1.6.REQUIRED", Error, "R1 §63 box 6",
        kk: "№ 1 түбіртектің 6-бағаны толтырылмаған",
        ru: "графа 6 корешка № 1 не заполнена",
        en: "counterfoil No. 1 box 6 is not filled";
    /// Seal numbers differ between the vouchers and counterfoil No. 1.
    TirSealsMismatch = "TIR.SEALS.MISMATCH", Error, "R1 §62 box 16; R1 §63 box 3",
        kk: "пломбалардың саны немесе нөмірлері парақтар мен түбіртекте әртүрлі",
        ru: "число или номера пломб различаются на листах и корешке",
        en: "the number or the identifiers of the seals differ between the vouchers and the counterfoil";
    /// The departure or destination office is not the same in every box that names it.
    TirOfficeMismatch = "TIR.OFFICE.MISMATCH", Error, "R1 §62–§64, §67",
        kk: "жөнелтуші немесе межелі кеден органы бағандарда әртүрлі көрсетілген",
        ru: "таможня отправления или назначения указана в графах по-разному",
        en: "the office of departure or destination differs between the boxes that name it";
    /// Counterfoil No. 2 box 1 (destination office) is missing.
    TirCf21Required = "TIR.CF2.1.REQUIRED", Error, "R1 §64 box 1",
        kk: "№ 2 түбіртектің 1-бағаны толтырылмаған",
        ru: "графа 1 корешка № 2 не заполнена",
        en: "counterfoil No. 2 box 1 is not filled";
    /// Voucher No. 2 box 24 (destination office) is missing.
    Tir24Required = "TIR.24.REQUIRED", Error, "R1 §67 box 24",
        kk: "24-баған (межелі кеден органы) толтырылмаған",
        ru: "графа 24 (таможня назначения) не заполнена",
        en: "box 24 (office of destination) is not filled";
    /// Box 26 or counterfoil No. 2 box 3 filled without termination, or empty with it.
    Tir26OnlyOnTermination = "TIR.26.ONLY_ON_TERMINATION", Error, "R1 §67 box 26; R1 §68 box 3",
        kk: "жүк орындарының саны ХЖТ операциясы тоқтатылғанда ғана және сонда міндетті түрде көрсетіледі",
        ru: "число грузовых мест указывается только при прекращении операции МДП и тогда обязательно",
        en: "the packages are written only where the TIR operation is terminated, and then always";
    /// Box 26 differs from counterfoil No. 2 box 3.
    Tir26Mismatch = "TIR.26.MISMATCH", Error, "R1 §67 box 26; R1 §68 box 3",
        kk: "26-баған № 2 түбіртектің 3-бағанына сәйкес келмейді",
        ru: "графа 26 не совпадает с графой 3 корешка № 2",
        en: "box 26 differs from counterfoil No. 2 box 3";
    /// More packages terminated than the carnet declares.
    Tir26Packages = "TIR.26.PACKAGES", Error, "R1 §67 box 26",
        kk: "тоқтатылған жүк орындары кітапшада мәлімделгеннен көп",
        ru: "мест с прекращённой операцией больше, чем заявлено в книжке",
        en: "more packages are terminated than the carnet declares";
    /// A reservation lacks the leading Latin `R` or a description.
    Tir27Reservation = "TIR.27.RESERVATION", Error, "R1 §67 box 27; R1 §68 box 5",
        kk: "ескерту латынның «R» әрпімен басталмайды немесе бұзушылық сипатталмаған",
        ru: "оговорка не начинается с латинской буквы «R» или нарушение не описано",
        en: "the reservation does not begin with the Latin letter R or describes no violation";
    /// Broken seals or a late arrival without a reservation.
    Tir27Missing = "TIR.27.MISSING", Error, "R1 §67 box 27; R1 §68 box 5",
        kk: "пломбалар бүтін емес, мерзім өткен немесе тауар жоғалған, бірақ ескерту жоқ",
        ru: "пломбы не в сохранности, срок нарушен или товары утрачены, но оговорки нет",
        en: "seals not intact, late arrival or lost goods, but no reservation";
    /// Box 28 (date, signature, seal at destination) is missing.
    Tir28Required = "TIR.28.REQUIRED", Error, "R1 §67 box 28",
        kk: "28-баған (күні, мөрі мен қолы) толтырылмаған",
        ru: "графа 28 (дата, печать и подпись) не заполнена",
        en: "box 28 (date, stamp and signature) is not filled";
    /// Counterfoil No. 2 box 4 does not match whether new seals were affixed.
    TirCf24NewSeals = "TIR.CF2.4.NEW_SEALS", Error, "R1 §68 box 4",
        kk: "№ 2 түбіртектің 4-бағаны тек жаңа пломбалар салынғанда және сонда толтырылады",
        ru: "графа 4 корешка № 2 заполняется только при наложении новых пломб, и тогда обязательно",
        en: "counterfoil No. 2 box 4 is filled only where new seals were affixed, and then always";
    /// Counterfoil No. 2 box 6 (date, signature, seal) is missing.
    TirCf26Required = "TIR.CF2.6.REQUIRED", Error, "R1 §68 box 6",
        kk: "№ 2 түбіртектің 6-бағаны толтырылмаған",
        ru: "графа 6 корешка № 2 не заполнена",
        en: "counterfoil No. 2 box 6 is not filled";
    /// The carriage ended without the annex 16 certificate.
    TirCert = "TIR.CERT", Error, "R1 §69",
        kk: "тасымалдау 16-қосымшаның куәлігінсіз аяқталған",
        ru: "перевозка завершена без свидетельства по приложению 16",
        en: "the carriage ended without the certificate of annex 16";
    /// Stamp figure 2 is not on the transport and commercial documents.
    TirStamp = "TIR.STAMP", Error, "R1 §69; R1 annex 3 fig. 2",
        kk: "тауаркөліктік және коммерциялық құжаттарда 2-суреттегі мөртаңба жоқ",
        ru: "на товаротранспортных и коммерческих документах нет штампа рисунка 2",
        en: "stamp figure 2 is not on the transport and commercial documents";
    /// A move the TIR carnet lifecycle does not allow.
    TirState = "TIR.STATE", Error, "R1 §59–§70",
        kk: "ХЖТ кітапшасының күйі бұлай өзгермейді",
        ru: "недопустимый переход состояния книжки МДП",
        en: "the TIR carnet cannot move between these states";
    /// The date of the TIR delivery certificate is missing.
    TirCertDateRequired = "TIR.CERT.DATE.REQUIRED", Error, "R1 annex 16",
        kk: "куәліктің күні көрсетілмеген",
        ru: "не указана дата свидетельства",
        en: "the date of the certificate is missing";
    /// The number of the TIR delivery certificate is missing.
    TirCertNumberRequired = "TIR.CERT.NUMBER.REQUIRED", Error, "R1 annex 16",
        kk: "куәліктің нөмірі көрсетілмеген",
        ru: "не указан номер свидетельства",
        en: "the number of the certificate is missing";
    /// The destination office is missing.
    TirCertOfficeRequired = "TIR.CERT.OFFICE.REQUIRED", Error, "R1 annex 16",
        kk: "межелі кеден органы көрсетілмеген",
        ru: "не указана таможня назначения",
        en: "the destination office is missing";
    /// The TIR carnet number is missing.
    TirCertCarnetRequired = "TIR.CERT.CARNET.REQUIRED", Error, "R1 annex 16",
        kk: "ХЖТ кітапшасының нөмірі көрсетілмеген",
        ru: "не указан номер книжки МДП",
        en: "the TIR carnet number is missing";
    /// The TIR carnet number is not one.
    TirCertCarnetFormat = "TIR.CERT.CARNET.FORMAT", Error, "R1 annex 16; R1 §58",
        kk: "ХЖТ кітапшасының нөмірі екі латын әрпіне дейін және сегіз цифр емес",
        ru: "номер книжки МДП не из не более чем двух латинских букв и восьми цифр",
        en: "the TIR carnet number is not up to two capital Latin letters and eight digits";
    /// The number of the security document presented is missing.
    TirCertSecurityRequired = "TIR.CERT.SECURITY.REQUIRED", Error, "R1 annex 16",
        kk: "ұсынылған ҚРҚ нөмірі көрсетілмеген",
        ru: "не указан номер представленного ДПОУ",
        en: "the number of the security document presented is missing";
    /// The security document number does not match its pattern.
    TirCertSecurityFormat = "TIR.CERT.SECURITY.FORMAT", Error, "R1 annex 16; R3 §11",
        kk: "ҚРҚ нөмірі өз үлгісіне сәйкес келмейді",
        ru: "номер ДПОУ не соответствует своему шаблону",
        en: "the security document number does not match its pattern";
    /// The security document's date is missing or differs from the date in its number.
    TirCertSecurityDate = "TIR.CERT.SECURITY.DATE", Error, "R1 annex 16; R3 §11",
        kk: "ҚРҚ күні көрсетілмеген немесе оның нөміріндегі күнге сәйкес келмейді",
        ru: "дата ДПОУ не указана или не совпадает с датой в его номере",
        en: "the security document's date is missing or differs from the date in its number";
    /// The office that registered the security document is missing or is not the office in its number.
    TirCertSecurityOffice = "TIR.CERT.SECURITY.OFFICE", Error, "R1 annex 16; R3 §11",
        kk: "ҚРҚ тіркеген кеден органы көрсетілмеген немесе оның нөміріндегі органға сәйкес келмейді",
        ru: "таможенный орган, зарегистрировавший ДПОУ, не указан или не совпадает с органом в его номере",
        en: "the office that registered the security document is missing or is not the office in its number";
    /// The issuing official's name, signature or personal numbered seal is missing.
    TirCertOfficialRequired = "TIR.CERT.OFFICIAL.REQUIRED", Error, "R1 annex 16",
        kk: "куәлікті берген лауазымды тұлғаның аты-жөні, қолы немесе ЖНМ жоқ",
        ru: "нет ФИО, подписи или ЛНП должностного лица, выдавшего свидетельство",
        en: "the issuing official's name, signature or personal numbered seal is missing";
    /// An escort of a TIR carriage without either ground of R2 §6.
    EscTirGrounds = "ESC.TIR.GROUNDS", Error, "R2 §6",
        kk: "ХЖТ тасымалын алып жүруге негіз жоқ: тасымалдаушының бұрынғы бұзушылықтары туралы ақпарат жоқ және кеден төлемдері кепілдік сомадан аспайды",
        ru: "нет оснований для сопровождения перевозки МДП: нет сведений о прежних нарушениях перевозчика и таможенные платежи не превышают сумму гарантии",
        en: "no grounds to escort a TIR carriage: no information on the carrier's earlier violations and the customs payments do not exceed the guarantee amount";
    /// The decision is not signed by the head or acting head of the departure or destination office.
    EscDecisionSigner = "ESC.DECISION.SIGNER", Error, "R2 §9; annex 1",
        kk: "шешімді жөнелтуші немесе баратын кеден органының бастығы (міндетін атқарушы) қабылдамаған",
        ru: "решение принято не начальником (исполняющим обязанности начальника) таможни отправления или назначения",
        en: "the decision is not taken by the head (or acting head) of the departure or destination office";
    /// The carrier's acknowledgement of the decision is missing or incomplete.
    EscDecisionAck = "ESC.DECISION.ACK", Error, "R2 §7; annex 1",
        kk: "тасымалдаушының «шешіммен таныстым, келісемін» белгісі (аты-жөні, қолы, күні) жоқ",
        ru: "нет отметки перевозчика «с решением ознакомлен, согласен» (ФИО, подпись, дата)",
        en: "the carrier's \"read and agreed\" entry (name, signature, date) is missing";
    /// A required field of the decision (annex 1) is missing.
    EscDecisionFields = "ESC.DECISION.FIELDS", Error, "R2 annex 1",
        kk: "кедендік алып жүру туралы шешімнің міндетті жолы толтырылмаған",
        ru: "не заполнена обязательная строка решения о таможенном сопровождении",
        en: "a required line of the escort decision is not filled in";
    /// The escort ends (plan-task period, act at destination) after the DCD's column 50 deadline.
    EscTerm = "ESC.TERM", Error, "R2 §10; R1 §9 col. 50",
        kk: "алып жүру тасымалдау мерзімін (ЖБҚ 50-бағаны) ұзартады",
        ru: "сопровождение продлевает срок перевозки (графа 50 ДКД)",
        en: "the escort extends the delivery term (DCD column 50)";
    /// The escort is paid or under way with no payment recorded.
    EscFeeUnpaid = "ESC.FEE.UNPAID", Error, "R2 §11",
        kk: "алып жүру алымы төленбей басталды",
        ru: "сопровождение начато без уплаты сбора",
        en: "the escort started without the escort fee paid";
    /// The payment date is before the decision date or after the escort's start.
    EscFeeTiming = "ESC.FEE.TIMING", Error, "R2 §12",
        kk: "алым шешім қабылданғаннан кейін және алып жүру басталғанға дейін төленбеген",
        ru: "сбор уплачен не в период после принятия решения и до начала сопровождения",
        en: "the fee is not paid after the decision and before the escort starts";
    /// The fee in tenge is not the rate in МРП times the МРП for fees in force on the decision date.
    EscFeeAmount = "ESC.FEE.AMOUNT", Error, "R2 §13; annex 1",
        kk: "алым сомасы ставка (АЕК) × шешім күніндегі АЕК-ке тең емес",
        ru: "сумма сбора не равна ставке (МРП) × МРП на дату решения",
        en: "the fee amount is not the rate (МРП) × the МРП on the decision date";
    /// The payment document number or date is missing.
    EscFeePaymentDoc = "ESC.FEE.PAYMENT_DOC", Error, "R2 annex 1; annex 4 col. 7",
        kk: "алымның төленгенін растайтын құжаттың нөмірі немесе күні жоқ",
        ru: "нет номера или даты документа, подтверждающего уплату сбора",
        en: "the number or date of the fee payment document is missing";
    /// One of the documents of R2 §14 (DCD, travel certificate, vehicle inspection method, fee invoice) is missing.
    EscDocs = "ESC.DOCS", Error, "R2 §14, §27(1)",
        kk: "14-тармақта көзделген міндетті құжат жоқ",
        ru: "нет обязательного документа, предусмотренного пунктом 14",
        en: "a document required by §14 is missing";
    /// The plan-task lacks the team, weapons or special means, working period, route, trip assignment or the accompanying documents' numbers.
    EscPlanContent = "ESC.PLAN.CONTENT", Error, "R2 §14(2); annex 2",
        kk: "жоспар-тапсырмада міндетті мәлімет жоқ",
        ru: "в план-задании нет обязательных сведений",
        en: "the plan-task lacks a required entry";
    /// The plan-task is not approved ("Бекітемін") or not signed, or is missing once the escort is under way.
    EscPlanApproved = "ESC.PLAN.APPROVED", Error, "R2 annex 2",
        kk: "жоспар-тапсырманы аумақтық кеден органының бастығы бекітпеген немесе бөлімше бастығы қол қоймаған",
        ru: "план-задание не утверждено начальником территориального таможенного органа или не подписано начальником подразделения",
        en: "the plan-task is not approved by the head of the territorial customs body or not signed by the head of the subdivision";
    /// The plan-task's working period "from" is after "to".
    EscPlanPeriod = "ESC.PLAN.PERIOD", Error, "R2 annex 2 item 3",
        kk: "жоспар-тапсырманың жұмыс уақыты аяқталуынан кейін басталады",
        ru: "рабочее время план-задания начинается после своего окончания",
        en: "the plan-task's working period starts after it ends";
    /// The plan-task or an acceptance-transfer act does not carry the decision's escort number.
    EscNumberShared = "ESC.NUMBER.SHARED", Error, "R2 §15-1",
        kk: "шешімнің, жоспар-тапсырманың және актінің бірыңғай тіркеу нөмірі бірдей емес",
        ru: "решение, план-задание и акт не имеют одного регистрационного номера",
        en: "the decision, plan-task and act do not carry the one escort number";
    /// A hand-over or the completion of the escort has no acceptance-transfer act.
    EscActRequired = "ESC.ACT.REQUIRED", Error, "R2 §16, §20",
        kk: "қабылдап алу-беру актісі жасалмаған",
        ru: "акт приёма-передачи не составлен",
        en: "no acceptance-transfer act is drawn up";
    /// The acceptance-transfer act is not drawn up in two copies.
    EscActCopies = "ESC.ACT.COPIES", Error, "R2 §16",
        kk: "қабылдап алу-беру актісі екі данада жасалмаған",
        ru: "акт приёма-передачи составлен не в двух экземплярах",
        en: "the acceptance-transfer act is not in two copies";
    /// A field of the acceptance-transfer act (annex 3) is empty: every field is mandatory.
    EscActFields = "ESC.ACT.FIELDS", Error, "R2 §16; annex 3",
        kk: "қабылдап алу-беру актісінің бағаны толтырылмаған",
        ru: "не заполнена графа акта приёма-передачи",
        en: "a field of the acceptance-transfer act is empty";
    /// The act lacks the two team leaders' signatures, each certified by an office stamp or a personal numbered seal.
    EscActSignatures = "ESC.ACT.SIGNATURES", Error, "R2 §16",
        kk: "наряд басшыларының қолдары мөртаңбамен немесе жеке нөмірлік мөрмен расталмаған",
        ru: "подписи руководителей нарядов не заверены оттиском штампа или личной номерной печатью",
        en: "the team leaders' signatures are not certified by an office stamp or a personal numbered seal";
    /// A team change not at an approved acceptance-transfer point, or without a new decision.
    EscTeamChange = "ESC.TEAM.CHANGE", Error, "R2 §20",
        kk: "наряд бекітілген қабылдап алу-беру пунктінен тыс немесе жаңа шешімсіз ауыстырылды",
        ru: "наряд сменён вне утверждённого пункта приёма-передачи или без нового решения",
        en: "the team changed outside an approved acceptance-transfer point or without a new decision";
    /// The convoy has more than 10 motor vehicles per team: n vehicles need ceil(n/10) teams.
    EscTeamSize = "ESC.TEAM.SIZE", Error, "R2 §22",
        kk: "бір наряд 10-нан артық автокөлік құралын алып жүреді",
        ru: "один наряд сопровождает более 10 автотранспортных средств",
        en: "one team escorts more than 10 motor vehicles";
    /// The team is not in the first and the last vehicle of the convoy (advisory).
    EscTeamPositions = "ESC.TEAM.POSITIONS", Warning, "R2 §22",
        kk: "наряд колоннаның алдыңғы және соңғы көлік құралында орналаспаған",
        ru: "наряд не размещён в первом и последнем транспортном средстве колонны",
        en: "the team does not ride in the first and the last vehicle of the convoy";
    /// A reload after an accident or breakdown without its two-copy act (reasons, goods, old and new seals or "sealing impossible", signed by the team leader and the carrier, copy 2 to the destination office).
    EscReloadAct = "ESC.RELOAD.ACT", Error, "R2 §23",
        kk: "басқа көлікке қайта тиеу туралы акт жоқ немесе толық емес",
        ru: "акт о перегрузке на другое транспортное средство отсутствует или неполон",
        en: "the act of reloading onto another vehicle is missing or incomplete";
    /// Dangerous goods without a reinforced team in a separate vehicle.
    EscDangerous = "ESC.DANGEROUS", Error, "R2 §24",
        kk: "қауіпті тауарлар күшейтілген нарядпен жеке көлік құралында алып жүрілмейді",
        ru: "опасные товары сопровождаются не усиленным нарядом на отдельном транспортном средстве",
        en: "dangerous goods are not escorted by a reinforced team in a separate vehicle";
    /// The destination office's team arrived at the departure office more than 24 hours after the decision was agreed.
    EscTeamLate = "ESC.TEAM.LATE", Error, "R2 §28",
        kk: "баратын кеден органының наряды шешім келісілгеннен кейін 24 сағаттан кеш келді",
        ru: "наряд таможни назначения прибыл позже 24 часов после согласования решения",
        en: "the destination office's team arrived more than 24 hours after the decision was agreed";
    /// A move the escort lifecycle does not allow, or a document whose records do not fit its state.
    EscState = "ESC.STATE", Error, "R2 §7–§20",
        kk: "кедендік алып жүрудің күйі рұқсат етілмеген",
        ru: "недопустимое состояние таможенного сопровождения",
        en: "the escort's state is not allowed";
    /// The strict-accountability blank number is missing, or is in the journal more than once.
    EvBlankNumber = "EV.BLANK_NUMBER", Error, "R1 §37; annex 12 col. 4",
        kk: "қатаң есептілік бланкісінің нөмірі жоқ немесе журналда бірнеше рет",
        ru: "нет номера бланка строгой отчётности или он в журнале не один раз",
        en: "the strict-accountability blank number is missing or is in the journal more than once";
    /// Field 1: the name of the issuing customs office is missing.
    EvOfficeRequired = "EV.OFFICE.REQUIRED", Error, "R1 annex 11",
        kk: "куәлікті ресімдеген кеден органының атауы жоқ",
        ru: "не указано наименование таможенного органа, оформившего свидетельство",
        en: "the name of the issuing customs office is missing";
    /// The certificate is not issued by the office at the vehicle's place of entry.
    EvIssuer = "EV.ISSUER", Error, "R1 §37",
        kk: "куәлікті автокөлік құралын әкелу орнындағы кеден органы ресімдемеген",
        ru: "свидетельство оформлено не таможней в месте ввоза транспортного средства",
        en: "the certificate is not issued by the office at the vehicle's place of entry";
    /// Field 2: the make and model are missing.
    EvMakeModelRequired = "EV.MAKE_MODEL.REQUIRED", Error, "R1 annex 11",
        kk: "көлік құралының маркасы, моделі жоқ",
        ru: "не указаны марка, модель транспортного средства",
        en: "the vehicle's make and model are missing";
    /// Field 3: the category is missing.
    EvCategoryRequired = "EV.CATEGORY.REQUIRED", Error, "R1 annex 11",
        kk: "көлік құралының категориясы жоқ",
        ru: "не указана категория транспортного средства",
        en: "the vehicle category is missing";
    /// Field 3: the category is neither C nor a trailer.
    EvCategory = "EV.CATEGORY", Error, "R1 annex 11",
        kk: "көлік құралының категориясы С немесе тіркеме емес",
        ru: "категория транспортного средства не C и не прицеп",
        en: "the vehicle category is neither C nor a trailer";
    /// Field 4: the year of manufacture is missing.
    EvYearRequired = "EV.YEAR.REQUIRED", Error, "R1 annex 11",
        kk: "шығарылған жылы жоқ",
        ru: "не указан год выпуска",
        en: "the year of manufacture is missing";
    /// Field 4: the year of manufacture is after the certificate's year.
    EvYearRange = "EV.YEAR.RANGE", Error, "R1 annex 11",
        kk: "шығарылған жылы куәлік жылынан кейін",
        ru: "год выпуска позже года свидетельства",
        en: "the year of manufacture is after the certificate's year";
    /// Field 5: the engine number is missing (not for a trailer).
    EvEngineRequired = "EV.ENGINE.REQUIRED", Error, "R1 annex 11",
        kk: "қозғалтқыштың нөмірі жоқ",
        ru: "не указан номер двигателя",
        en: "the engine number is missing";
    /// Field 6: the chassis number is missing.
    EvChassisRequired = "EV.CHASSIS.REQUIRED", Error, "R1 annex 11",
        kk: "шассидің нөмірі жоқ",
        ru: "не указан номер шасси",
        en: "the chassis number is missing";
    /// Field 7: the body number is missing.
    EvBodyRequired = "EV.BODY.REQUIRED", Error, "R1 annex 11",
        kk: "кузовтың нөмірі жоқ",
        ru: "не указан номер кузова",
        en: "the body number is missing";
    /// Field 8: the service life is missing.
    EvServiceLifeRequired = "EV.SERVICE_LIFE.REQUIRED", Error, "R1 annex 11",
        kk: "пайдаланылу мерзімі (жыл) жоқ",
        ru: "не указан срок эксплуатации (лет)",
        en: "the service life (years) is missing";
    /// Field 9: the mileage is missing.
    EvMileageRequired = "EV.MILEAGE.REQUIRED", Error, "R1 annex 11",
        kk: "жүрген жолы (км) жоқ",
        ru: "не указан пробег (км)",
        en: "the mileage (km) is missing";
    /// Field 10: the engine displacement is missing (not for a trailer).
    EvEngineVolumeRequired = "EV.ENGINE_VOLUME.REQUIRED", Error, "R1 annex 11",
        kk: "қозғалтқыш көлемі (куб. см) жоқ",
        ru: "не указан объём двигателя (куб. см)",
        en: "the engine displacement (cc) is missing";
    /// Field 12: the owner's or representative's name or address is missing.
    EvOwnerRequired = "EV.OWNER.REQUIRED", Error, "R1 annex 11",
        kk: "көлік құралы иесінің немесе өкілінің аты-жөні не мекенжайы жоқ",
        ru: "нет ФИО или адреса владельца транспортного средства или его представителя",
        en: "the owner's or representative's name or address is missing";
    /// Field 13: the customs mark gives no term of temporary import.
    EvImportTerm = "EV.IMPORT_TERM", Error, "R1 annex 11",
        kk: "кеден органының белгісінде уақытша әкелу мерзімі жоқ",
        ru: "в отметке таможенного органа нет срока временного ввоза",
        en: "the customs mark gives no term of temporary import";
    /// Field 13: the customs mark does not state the restrictions of disposal and use.
    EvMarkRequired = "EV.MARK.REQUIRED", Error, "R1 annex 11",
        kk: "кеден органының белгісінде иеліктен шығару, пайдалану және иелену құқығын шектеу көрсетілмеген",
        ru: "в отметке таможенного органа не указано ограничение права отчуждения, пользования и владения",
        en: "the customs mark does not state the restrictions of alienation, use and possession";
    /// Field 14: the place of exit from Kazakhstan is missing.
    EvExitPlaceRequired = "EV.EXIT_PLACE.REQUIRED", Error, "R1 annex 11",
        kk: "Қазақстан Республикасы аумағынан шығып баратын орын жоқ",
        ru: "не указано место выезда с территории Республики Казахстан",
        en: "the place of exit from Kazakhstan is missing";
    /// Field 16: the date is missing.
    EvDateRequired = "EV.DATE.REQUIRED", Error, "R1 annex 11",
        kk: "куәліктің күні жоқ",
        ru: "не указана дата свидетельства",
        en: "the certificate's date is missing";
    /// The emblem seal, the official's signature or personal numbered seal is missing.
    EvCertified = "EV.CERTIFIED", Error, "R1 §37",
        kk: "куәлік елтаңбалық мөрмен, лауазымды адамның қолымен және ЖНМ-мен расталмаған",
        ru: "свидетельство не заверено гербовой печатью, подписью и ЛНП должностного лица",
        en: "the certificate is not certified with the emblem seal, the official's signature and personal numbered seal";
    /// Not drawn up in exactly two copies.
    EvCopies = "EV.COPIES", Error, "R1 §37",
        kk: "куәлік екі данада ресімделмеген",
        ru: "свидетельство оформлено не в двух экземплярах",
        en: "the certificate is not drawn up in two copies";
    /// Field 18: the owner's or representative's receipt signature is missing.
    EvReceipt = "EV.RECEIPT", Error, "R1 annex 11",
        kk: "куәлікті алған иесінің немесе өкілінің қолы жоқ",
        ru: "нет подписи владельца или представителя о получении свидетельства",
        en: "the owner's or representative's receipt signature is missing";
    /// No term of arrival is set.
    EvTerm = "EV.TERM", Error, "R1 §38",
        kk: "келу мерзімі белгіленбеген",
        ru: "не установлен срок прибытия",
        en: "no term of arrival is set";
    /// The vehicle arrived after the term of arrival.
    EvTermOverdue = "EV.TERM.OVERDUE", Error, "R1 §38",
        kk: "көлік құралы келу мерзімінен кейін келген",
        ru: "транспортное средство прибыло позже срока прибытия",
        en: "the vehicle arrived after the term of arrival";
    /// The vehicle stays in Kazakhstan beyond the term of temporary import.
    EvStayOverdue = "EV.STAY.OVERDUE", Error, "R1 annex 11",
        kk: "көлік құралы Қазақстан Республикасы аумағында уақытша әкелу мерзімінен артық болды",
        ru: "транспортное средство находится в Республике Казахстан сверх срока временного ввоза",
        en: "the vehicle stays in Kazakhstan beyond the term of temporary import";
    /// The certificate is not registered in the journal.
    EvJournal = "EV.JOURNAL", Error, "R1 §39",
        kk: "куәлік журналда тіркелмеген",
        ru: "свидетельство не зарегистрировано в журнале",
        en: "the certificate is not registered in the journal";
    /// Journal columns 3, 5 or 10 disagree with the certificate.
    EvJournalMismatch = "EV.JOURNAL.MISMATCH", Error, "R1 §39; annex 12",
        kk: "журнал жазбасы куәлікпен сәйкес келмейді",
        ru: "запись журнала не совпадает со свидетельством",
        en: "the journal entry disagrees with the certificate";
    /// A move of the certificate's lifecycle that is not allowed.
    EvState = "EV.STATE", Error, "R1 §36–§39",
        kk: "куәлік күйінің рұқсат етілмеген өзгерісі",
        ru: "недопустимый переход состояния свидетельства",
        en: "the certificate's state cannot make this move";
    /// An identification means of a kind the rules do not know.
    IdKind = "ID.KIND", Error, "R1 §40–§46; §9 col. 50; §54",
        kk: "сәйкестендіру құралының белгісіз түрі",
        ru: "неизвестный вид средства идентификации",
        en: "an identification means of an unknown kind";
    /// The identification means applied or used are not recorded in the DCD.
    IdRecordedInDcd = "ID.RECORDED_IN_DCD", Error, "R1 §41",
        kk: "салынған немесе қолданылған сәйкестендіру құралдары ЖБҚ-да көрсетілмеген",
        ru: "наложенные или использованные средства идентификации не указаны в ДКД",
        en: "the identification means applied or used are not recorded in the DCD";
    /// A seal or stamp on the cargo compartment for goods that take none.
    IdSealNotApplicable = "ID.SEAL_NOT_APPLICABLE", Error, "R1 §41",
        kk: "ауыр салмақты, өте ауқымды жүк, жануарлар немесе жолда кіру қажет тауар тасылатын жүк бөлімшесіне пломба не мөр салынған",
        ru: "пломба или печать на грузовом отделении с тяжеловесным, крупногабаритным грузом, животными или товарами, требующими доступа",
        en: "a seal or stamp on a cargo compartment carrying heavy or oversize goods, animals or goods needing access";
    /// Alternative means without a recorded decision for an open or non-conforming vehicle.
    IdAltDecision = "ID.ALT.DECISION", Error, "R1 §41",
        kk: "жекелеген жүк орындарына немесе сипаттамаға негізделген сәйкестендіру лауазымды адамның шешімінсіз не оның негізінсіз",
        ru: "идентификация по грузовым местам или описанию без решения должностного лица или без его оснований",
        en: "means on packages or descriptions instead of seals without a recorded official's decision or its ground";
    /// A description, drawing, image or photograph not certified or not attached to the DCD.
    IdAltCertified = "ID.ALT.CERTIFIED", Error, "R1 §41",
        kk: "сипаттама, сызба, бейне немесе фотосурет расталмаған не ЖБҚ-ға қоса берілмеген",
        ru: "описание, чертёж, изображение или фотография не заверены или не приложены к ДКД",
        en: "a description, drawing, image or photograph is not certified or not attached to the DCD";
    /// A screw-cutter sealer whose diameter is not 10 mm.
    IdScrewDiameter = "ID.SCREW.DIAMETER", Error, "R1 §41; annex 13",
        kk: "бұранда кескіштің диаметрі 10 мм емес",
        ru: "диаметр винтореза пломбиратора не 10 мм",
        en: "the screw-cutter sealer's diameter is not 10 mm";
    /// A screw-cutter sealer without its individual number.
    IdScrewNumber = "ID.SCREW.NUMBER", Error, "R1 §41",
        kk: "бұранда кескішті пломба салғыштың жеке нөмірі жоқ",
        ru: "нет индивидуального номера винторезного пломбиратора",
        en: "the screw-cutter sealer has no individual number";
    /// Goods marks not applied by the departure office after the identification inspection.
    IdMarkGoodsApplier = "ID.MARK.GOODS.APPLIER", Error, "R1 §43",
        kk: "тауар белгілерін жөнелтуші кеден органы сәйкестендіру тексерісінен кейін жапсырмаған",
        ru: "знаки на товарах наложены не таможней отправления после идентификационного досмотра",
        en: "the goods marks are not applied by the departure office after the identification inspection";
    /// Technical drawings not in three projections with dimensions and material.
    IdDrawingProjections = "ID.DRAWING.PROJECTIONS", Error, "R1 §46",
        kk: "техникалық сызбалар мөлшерлері мен материалы көрсетілген үш проекцияда емес",
        ru: "технические чертежи не в трёх проекциях с размерами и материалом",
        en: "the technical drawings are not in three projections with dimensions and material";
    /// Photographs not in colour, in three projections, to scale.
    IdPhotoProjections = "ID.PHOTO.PROJECTIONS", Error, "R1 §46",
        kk: "фотосуреттер түрлі-түсті, масштабта, үш проекцияда емес",
        ru: "фотографии не цветные, не в масштабе или не в трёх проекциях",
        en: "the photographs are not in colour, to scale, in three projections";
    /// Transit across a foreign state without identification ensured at departure.
    IdTtDeparture = "ID.TT.DEPARTURE", Error, "R1 §10",
        kk: "шет мемлекет аумағы арқылы тасымалда жөнелтуші кеден органы сәйкестендіруді қамтамасыз етпеген",
        ru: "при перевозке через территорию иностранного государства таможня отправления не обеспечила идентификацию",
        en: "for carriage across a foreign state the departure office has not ensured identification";
    /// Transit across a foreign state: the means are not intact at destination.
    IdTtIntact = "ID.TT.INTACT", Error, "R1 §10",
        kk: "баратын кеден органында сәйкестендіру құралдарының бүтіндігі бұзылған",
        ru: "в таможне назначения средства идентификации найдены нарушенными",
        en: "the identification means are found broken at the destination office";
    /// A supporting document of no category 1–6.
    S0DocsCategory = "S0.DOCS.CATEGORY", Error, "S0 item 8",
        kk: "растайтын құжат 1–6 санаттардың біріне жатпайды",
        ru: "подтверждающий документ не относится ни к одной из категорий 1–6",
        en: "a supporting document is of no category 1–6";
    /// Documents accompany an electronic declaration without a document check selected.
    S0DocsElectronic = "S0.DOCS.ELECTRONIC", Warning, "S0 item 6",
        kk: "тәуекелдерді басқару жүйесі құжаттарды тексеруді айқындамаған электрондық декларацияға құжаттар ұсынылған",
        ru: "к электронной декларации представлены документы, хотя система управления рисками не определила проверку документов",
        en: "documents accompany an electronic declaration though the risk management system selected no document check";
    /// A document check selected, but a category that applies has no document.
    S0DocsCheck = "S0.DOCS.CHECK", Error, "S0 item 6",
        kk: "құжаттарды тексеру айқындалған, бірақ қолданылатын санаттың құжаты жоқ",
        ru: "определена проверка документов, но нет документа применимой категории",
        en: "a document check is selected but a category that applies has no document";
    /// A paper declaration without the documents of a category that applies, or without its electronic form.
    S0DocsPaper = "S0.DOCS.PAPER", Error, "S0 item 7",
        kk: "қағаз декларацияға қолданылатын санаттың қағаз құжаты не оның электрондық түрі қоса берілмеген",
        ru: "к декларации на бумаге не приложены бумажные документы применимой категории или её электронный вид",
        en: "a paper declaration lacks the paper documents of a category that applies or its electronic form";
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
    type Err = crate::names::UnknownName;

    /// Reads a rule id; the error lists no choices (there are hundreds).
    fn from_str(s: &str) -> Result<Rule, crate::names::UnknownName> {
        Rule::from_id(s).ok_or_else(|| crate::names::UnknownName {
            argument: "rule",
            what: ["ереже", "правило", "rule"],
            value: crate::names::quote(s),
            expected: &[],
        })
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Rule {
    /// Reads a rule id of the catalogue; any other string is an error.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Rule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Rule".into()
    }

    /// A string, one of the catalogue's ids.
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        schemars::json_schema!({ "type": "string", "enum": ids })
    }
}
