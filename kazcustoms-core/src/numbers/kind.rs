//! The six number kinds and their layouts.

use super::Slot;
use crate::text::{Lang, Text};

crate::named_enum! {
    /// The kind of a registration number (SPEC §1).
    ///
    /// ```
    /// use kazcustoms_core::NumberKind;
    /// assert_eq!("tsw".parse::<NumberKind>().unwrap(), NumberKind::Tsw);
    /// assert!("DCD".parse::<NumberKind>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum NumberKind: "kind", ["нөмір түрі", "вид номера", "number kind"] {
        /// `dcd`: DCD reference number `OOOOO/DDMMY/NNNNN` (R1 §9 col. 7).
        Dcd = "dcd",
        /// `guarantee`: guarantee obligation `RRRR/CCC/DDMMY/NNNN` (R1 §18).
        Guarantee = "guarantee",
        /// `short_declaration`: `OOOOO/DDMMY/NNNNNN` (R1 §28).
        ShortDeclaration = "short_declaration",
        /// `tsw`: temporary-storage registration `LLLLLL/DDMMY/NNNNNN` (R1 §29).
        Tsw = "tsw",
        /// `escort`: customs escort documents `NNNN-OOOOO-DDMMY` (R2 §15-1).
        Escort = "escort",
        /// `security`: security document `OOOOO/DDMMY/NNNNN` (R3 §11).
        Security = "security",
    }
}

impl NumberKind {
    /// The pattern as SPEC §1 writes it, e.g. `OOOOO/DDMMY/NNNNN`.
    pub const fn pattern(self) -> &'static str {
        match self {
            NumberKind::Dcd | NumberKind::Security => "OOOOO/DDMMY/NNNNN",
            NumberKind::Guarantee => "RRRR/CCC/DDMMY/NNNN",
            NumberKind::ShortDeclaration => "OOOOO/DDMMY/NNNNNN",
            NumberKind::Tsw => "LLLLLL/DDMMY/NNNNNN",
            NumberKind::Escort => "NNNN-OOOOO-DDMMY",
        }
    }

    /// Where the scheme is defined, e.g. `R1 §18`.
    pub const fn source(self) -> &'static str {
        match self {
            NumberKind::Dcd => "R1 §9 col. 7",
            NumberKind::Guarantee => "R1 §18",
            NumberKind::ShortDeclaration => "R1 §28",
            NumberKind::Tsw => "R1 §29",
            NumberKind::Escort => "R2 §15-1",
            NumberKind::Security => "R3 §11",
        }
    }

    /// The number of digits of the sequence group; a journal is full past
    /// `10^width − 1`.
    pub const fn sequence_width(self) -> u8 {
        match self {
            NumberKind::Dcd | NumberKind::Security => 5,
            NumberKind::Guarantee | NumberKind::Escort => 4,
            NumberKind::ShortDeclaration | NumberKind::Tsw => 6,
        }
    }

    /// The largest sequence number this kind can carry.
    pub const fn max_sequence(self) -> u32 {
        10u32.pow(self.sequence_width() as u32) - 1
    }

    /// The name of the document the number belongs to, in three languages.
    pub fn title(self) -> Text {
        let [kk, ru, en] = self.titles();
        Text::new(kk, ru, en)
    }

    /// The name of the document the number belongs to, in one language.
    pub fn title_in(self, lang: Lang) -> &'static str {
        let [kk, ru, en] = self.titles();
        match lang {
            Lang::Kk => kk,
            Lang::Ru => ru,
            Lang::En => en,
        }
    }

    const fn titles(self) -> [&'static str; 3] {
        match self {
            NumberKind::Dcd => [
                "ЖБҚ тіркеу нөмірі",
                "регистрационный номер ДКД",
                "DCD reference number",
            ],
            NumberKind::Guarantee => [
                "кепілдік міндеттеменің нөмірі",
                "номер гарантийного обязательства",
                "guarantee obligation number",
            ],
            NumberKind::ShortDeclaration => [
                "қысқаша декларацияның нөмірі",
                "номер краткой декларации",
                "short declaration number",
            ],
            NumberKind::Tsw => [
                "уақытша сақтау қоймасындағы тіркеу нөмірі",
                "регистрационный номер СВХ",
                "temporary storage registration number",
            ],
            NumberKind::Escort => [
                "кедендік алып жүру құжаттарының нөмірі",
                "номер документов таможенного сопровождения",
                "customs escort number",
            ],
            NumberKind::Security => ["ҚРҚ нөмірі", "номер ДПОУ", "security document number"],
        }
    }

    /// The slots of this kind's layout.
    pub(crate) const fn layout(self) -> &'static [Slot] {
        match self {
            NumberKind::Dcd => &[
                Slot::Office,
                Slot::Sep(b'/'),
                Slot::Date,
                Slot::Sep(b'/'),
                Slot::Sequence(5),
            ],
            NumberKind::Guarantee => &[
                Slot::Recipient,
                Slot::Sep(b'/'),
                Slot::OfficePrefix,
                Slot::Sep(b'/'),
                Slot::Date,
                Slot::Sep(b'/'),
                Slot::Sequence(4),
            ],
            NumberKind::ShortDeclaration => &[
                Slot::Office,
                Slot::Sep(b'/'),
                Slot::Date,
                Slot::Sep(b'/'),
                Slot::Sequence(6),
            ],
            NumberKind::Tsw => &[
                Slot::Licence,
                Slot::Sep(b'/'),
                Slot::Date,
                Slot::Sep(b'/'),
                Slot::Sequence(6),
            ],
            NumberKind::Escort => &[
                Slot::Sequence(4),
                Slot::Sep(b'-'),
                Slot::Office,
                Slot::Sep(b'-'),
                Slot::Date,
            ],
            NumberKind::Security => &[
                Slot::Office,
                Slot::Sep(b'/'),
                Slot::Date,
                Slot::Sep(b'/'),
                Slot::Sequence(5),
            ],
        }
    }

    /// The length of a number of this kind, in characters.
    pub const fn text_len(self) -> usize {
        super::layout_len(self.layout())
    }
}

crate::names::serde_by_name!(NumberKind);
