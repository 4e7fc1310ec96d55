//! The three copies of a short declaration (R1 §26).

use crate::dcd::Copy;
use crate::report::Text;

/// The three copies of a short declaration and where each goes (R1 §26):
/// 1 stays with the customs office, 2 goes to the carrier, 3 to the owner of
/// the temporary storage warehouse (customs warehouse, free warehouse).
///
/// ```
/// let copies = kazcustoms_core::short_declaration::copies();
/// assert_eq!(copies.len(), 3);
/// assert!(copies[2].destination.ru.contains("СВХ"));
/// ```
pub fn copies() -> [Copy; 3] {
    [
        Copy {
            number: 1,
            destination: Text::new(
                "бақылау үшін кеден органының іс қағаздарында қалады",
                "остаётся в делах таможенного органа для контроля",
                "stays in the customs office's files, for control",
            ),
        },
        Copy {
            number: 2,
            destination: Text::new(
                "тасымалдаушыға беріледі",
                "передаётся перевозчику",
                "goes to the carrier",
            ),
        },
        Copy {
            number: 3,
            destination: Text::new(
                "УСҚ (кеден қоймасы, еркін қойма) иесіне беріледі",
                "передаётся владельцу СВХ (таможенного склада, свободного склада)",
                "goes to the owner of the temporary storage warehouse (customs warehouse, free warehouse)",
            ),
        },
    ]
}
