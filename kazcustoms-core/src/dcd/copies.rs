//! The four copies of a DCD (R1 §7) and the stamps of annex 3 (figures 1
//! and 2), rendered from a document in Kazakh and Russian.

use serde::Serialize;

use crate::dcd::Dcd;
use crate::report::{Lang, Text};

/// One copy of the DCD and where it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Copy {
    /// The copy's number, 1 to 4.
    pub number: u8,
    /// Who keeps it and what happens to it.
    pub destination: Text,
}

/// The four copies (R1 §4, §7).
///
/// ```
/// let copies = kazcustoms_core::dcd::copies();
/// assert_eq!(copies.len(), 4);
/// assert!(copies[3].destination.en.contains("fast communication"));
/// ```
pub fn copies() -> [Copy; 4] {
    [
        Copy {
            number: 1,
            destination: Text::new(
                "жөнелтуші кеден органында қалады (бақылау парағы), ілеспе құжаттардың көшірмелерімен бірге жеке папкада сақталады",
                "остаётся в таможне отправления (контрольный лист), хранится в отдельной папке с копиями сопроводительных документов",
                "stays with the departure office (control copy), kept with copies of the accompanying documents in a separate folder",
            ),
        },
        Copy {
            number: 2,
            destination: Text::new(
                "тауармен бірге баратын кеден органына ұсыну үшін тасымалдаушыға беріледі",
                "передаётся перевозчику для представления в таможню назначения вместе с товарами",
                "goes with the carrier, to be presented to the destination office with the goods",
            ),
        },
        Copy {
            number: 3,
            destination: Text::new(
                "тауармен бірге баратын кеден органына ұсыну үшін тасымалдаушыға беріледі",
                "передаётся перевозчику для представления в таможню назначения вместе с товарами",
                "goes with the carrier, to be presented to the destination office with the goods",
            ),
        },
        Copy {
            number: 4,
            destination: Text::new(
                "тауар-көлік құжаттарының көшірмелерімен бірге жедел байланыс арналары бойынша баратын кеден органына жіберіледі",
                "вместе с копиями товаросопроводительных документов направляется в таможню назначения по каналам оперативной связи",
                "is sent with copies of the transport and commercial documents to the destination office by fast communication channels",
            ),
        },
    ]
}

const BLANK: &str = "________";

fn or_blank(value: Option<String>) -> String {
    value
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| BLANK.to_owned())
}

/// The language a stamp is rendered in: the stamps of annex 3 exist in
/// Kazakh and Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StampLang {
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
}

impl TryFrom<Lang> for StampLang {
    type Error = crate::Error;

    fn try_from(lang: Lang) -> Result<StampLang, crate::Error> {
        match lang {
            Lang::Kk => Ok(StampLang::Kk),
            Lang::Ru => Ok(StampLang::Ru),
            Lang::En => Err(crate::Error::invalid_argument(
                "lang",
                Text::new(
                    "мөртаңба мәтіні тек қазақ және орыс тілдерінде болады",
                    "текст штампа существует только на казахском и русском языках",
                    "stamp texts exist in Kazakh and Russian only",
                ),
            )),
        }
    }
}

/// A stamp of annex 3: figure 1 (departure, column C) or figure 2
/// (destination, column D).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StampFigure {
    /// Figure 1: goods under customs control to be delivered.
    Departure,
    /// Figure 2: goods arrived.
    Arrival,
}

impl TryFrom<i64> for StampFigure {
    type Error = crate::Error;

    /// Reads the figure's number as annex 3 prints it: 1 or 2.
    ///
    /// ```
    /// use kazcustoms_core::dcd::StampFigure;
    /// assert_eq!(StampFigure::try_from(2).unwrap(), StampFigure::Arrival);
    /// assert!(StampFigure::try_from(3).is_err());
    /// ```
    fn try_from(figure: i64) -> Result<StampFigure, crate::Error> {
        match figure {
            1 => Ok(StampFigure::Departure),
            2 => Ok(StampFigure::Arrival),
            _ => Err(crate::Error::invalid_argument(
                "figure",
                Text::new(
                    format!("3-қосымшада {figure}-сурет жоқ: 1 немесе 2 болуы керек"),
                    format!("в приложении 3 нет рисунка {figure}: должен быть 1 или 2"),
                    format!("annex 3 has no figure {figure}: expected 1 or 2"),
                ),
            )),
        }
    }
}

impl Dcd<'_> {
    /// The text of a stamp of annex 3: [`stamp_figure_1`](Self::stamp_figure_1)
    /// or [`stamp_figure_2`](Self::stamp_figure_2).
    pub fn stamp(&self, figure: StampFigure, lang: StampLang) -> String {
        match figure {
            StampFigure::Departure => self.stamp_figure_1(lang),
            StampFigure::Arrival => self.stamp_figure_2(lang),
        }
    }

    /// The text of stamp figure 1 (annex 3), put at departure in column C:
    /// office, packages, deadline, destination, DCD number, inspector, date.
    /// Values missing from the document are left as blanks to fill by hand.
    ///
    /// ```
    /// use kazcustoms_core::dcd::{Dcd, StampLang};
    /// let mut dcd = Dcd::default();
    /// dcd.packages = Some(24);
    /// dcd.reference_number = Some("50101/15036/00042".into());
    /// let text = dcd.stamp_figure_1(StampLang::Ru);
    /// assert!(text.contains("24 мест"));
    /// assert!(text.contains("ДКД № 50101/15036/00042"));
    /// ```
    pub fn stamp_figure_1(&self, lang: StampLang) -> String {
        let stamp = self.stamp_c.clone().unwrap_or_default();
        let office = or_blank(stamp.office.or_else(|| self.border_office.as_deref().map(str::to_owned)));
        let packages = or_blank(self.packages.map(|p| p.to_string()));
        let deadline = or_blank(
            self.principal
                .as_ref()
                .and_then(|p| p.deadline)
                .map(|d| d.format("%d.%m.%Y").to_string()),
        );
        let destination = or_blank(
            self.destination_office
                .as_ref()
                .and_then(|o| o.name.clone()),
        );
        let number = or_blank(self.reference_number.as_deref().map(str::to_owned));
        let inspector = or_blank(stamp.inspector);
        let date = or_blank(stamp.date.map(|d| d.format("%d.%m.%Y").to_string()));
        match lang {
            StampLang::Kk => format!(
                "{office}\n{packages} орын мөлшеріндегі кеден бақылауындағы тауар {deadline} дейін {destination} жеткізілуге жатады.\n(ЖБҚ) N {number}\nИнспектор {inspector}\n{date}"
            ),
            StampLang::Ru => format!(
                "{office}\nТовары под таможенным контролем в количестве {packages} мест подлежат доставке в {destination} до {deadline}.\nДКД № {number}\nИнспектор {inspector}\n{date}"
            ),
        }
    }

    /// The text of stamp figure 2 (annex 3), put by the destination office on
    /// arrival in column D: office, "goods arrived", inspector, date.
    ///
    /// ```
    /// use kazcustoms_core::dcd::{Dcd, StampLang};
    /// assert!(Dcd::default().stamp_figure_2(StampLang::Kk).contains("Тауар келіп түсті"));
    /// ```
    pub fn stamp_figure_2(&self, lang: StampLang) -> String {
        let stamp = self.stamp_d.clone().unwrap_or_default();
        let office = or_blank(stamp.office.or_else(|| {
            self.destination_office
                .as_ref()
                .and_then(|o| o.name.clone())
        }));
        let inspector = or_blank(stamp.inspector);
        let date = or_blank(stamp.date.map(|d| d.format("%d.%m.%Y").to_string()));
        let arrived = match lang {
            StampLang::Kk => "Тауар келіп түсті",
            StampLang::Ru => "Товар прибыл",
        };
        format!("{office}\n{arrived}\nИнспектор {inspector}\n{date}")
    }
}
