//! Texts in three languages: the [`Lang`] of a message and a [`Text`] in
//! Kazakh, Russian and English. A leaf module (it uses only [`crate::names`]).

use serde::{Deserialize, Serialize};

crate::named_enum! {
    /// Language of a message: Kazakh, Russian or English.
    ///
    /// ```
    /// use kazcustoms_core::Lang;
    /// assert_eq!(Lang::Kk.code(), "kk");
    /// assert_eq!("ru".parse::<Lang>().unwrap(), Lang::Ru);
    /// assert!("de".parse::<Lang>().is_err());
    /// ```
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Lang: "lang", ["тіл", "язык", "language"] {
        /// Kazakh (`kk`).
        Kk = "kk",
        /// Russian (`ru`).
        Ru = "ru",
        /// English (`en`), the default.
        #[default]
        En = "en",
    }
}

impl Lang {
    /// The ISO 639-1 code: `kk`, `ru` or `en` (the same as [`Lang::name`]).
    pub const fn code(self) -> &'static str {
        self.name()
    }
}

/// A text in Kazakh, Russian and English.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its three translations.
    pub fn new(kk: impl Into<String>, ru: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            kk: kk.into(),
            ru: ru.into(),
            en: en.into(),
        }
    }

    /// The text in one language.
    ///
    /// ```
    /// use kazcustoms_core::{Lang, Text};
    /// let t = Text::new("иә", "да", "yes");
    /// assert_eq!(t.get(Lang::Ru), "да");
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

impl From<[String; 3]> for Text {
    fn from([kk, ru, en]: [String; 3]) -> Text {
        Text { kk, ru, en }
    }
}

crate::names::serde_by_name!(Lang);
