//! The built-in data of the verified years: the first day of Kurban Ait and
//! the days off moved by a government decree or a ministerial order, each
//! with its source.
//!
//! Everything here was checked by hand against the sources named in each
//! entry (published texts of the acts as quoted by the press, the e-government
//! calendar as reported by Kazinform, the Spiritual Administration of Muslims
//! of Kazakhstan for Kurban Ait). Nothing is derived from an algorithm: Kurban
//! Ait's date is set each year by the Ministry of Labour with the clergy, and
//! the moves are whatever the act says. A year missing from [`VERIFIED`] is
//! answered by the statutory rule only (see the module documentation).
//!
//! The acts are cited by number and date with their adilet.zan.kz document
//! id (`P13…` a Government decree of 2013, `G24G…` a ministerial order of
//! 2024). For several acts of 2013–2019 the press reports give the month but
//! not the day of signing: those citations give the month and say that the
//! day was not verified, rather than guess it. The `holidays` package (its
//! `KZ` calendar, version 0.108) cites the same adilet documents; it was used
//! as a cross-reference, and `kazcustoms-py/tests/test_calendar_peer.py`
//! compares every day of 2013–2027 with it.

use chrono::NaiveDate;

/// A legal act that moved days off (a decree of the Government or an order
/// of the Minister of Labour and Social Protection of the Population), named
/// in Kazakh, Russian and English as it is cited.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Act {
    /// The citation in Kazakh.
    pub kk: &'static str,
    /// The citation in Russian.
    pub ru: &'static str,
    /// The citation in English.
    pub en: &'static str,
    /// Where the act (or the report of it) can be read.
    pub source: &'static str,
}

/// One move made by an act: `working` (a Saturday, Sunday or moved day off)
/// becomes a working day and `day_off` becomes a day off.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct DayMove {
    /// The day that becomes a working day ("перенести день отдыха с …").
    pub working: NaiveDate,
    /// The day that becomes a day off ("… на …").
    pub day_off: NaiveDate,
    /// The act that made the move.
    pub act: &'static Act,
}

/// The verified data of one year.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct VerifiedYear {
    /// The year.
    pub year: i32,
    /// The first day of Kurban Ait, a day off that is never moved.
    pub kurban_ait: NaiveDate,
    /// Where the Kurban Ait date comes from.
    pub kurban_ait_source: &'static str,
    /// The moves made by decree or order, in date order; empty when the year
    /// had none. Each `day_off` is in the year; a `working` day may be in the
    /// year before (Saturday 28 December 2013, for 3 January 2014).
    pub moves: &'static [DayMove],
    /// Sources for the year as a whole (the acts, the law changes, the
    /// published calendar), and what they say.
    pub notes: &'static [&'static str],
}

const fn d(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

const DECREE_2013_MAY: Act = Act {
    kk: "ҚР Үкіметінің 2013 жылғы № 345 қаулысы (2013 жылғы сәуір) демалыс күнін 2013 жылғы 4 мамырдан 10 мамырға ауыстыру туралы",
    ru: "постановление Правительства РК 2013 года № 345 (апрель 2013 года) о переносе дня отдыха с 4 мая на 10 мая 2013 года",
    en: "Government Decree No. 345 of April 2013 moving the day off from 4 May to 10 May 2013",
    source: "adilet.zan.kz P1300000345 (the day of signing was not verified); the Prime Minister's \
             site as reported by azh.kz, 23 April 2013 (\"Kazakhstan to have 4 days off for Victory Day\")",
};

const DECREE_2013_OCTOBER: Act = Act {
    kk: "ҚР Үкіметінің 2013 жылғы № 1068 қаулысы (2013 жылғы қазан) демалыс күнін 2013 жылғы 12 қазаннан 14 қазанға ауыстыру туралы",
    ru: "постановление Правительства РК 2013 года № 1068 (октябрь 2013 года) о переносе дня отдыха с 12 октября на 14 октября 2013 года",
    en: "Government Decree No. 1068 of October 2013 moving the day off from 12 October to 14 October 2013",
    source: "adilet.zan.kz P1300001068 (the day of signing was not verified); tengrinews.kz, \
             14 October 2013 (\"Kazakhstan gets three days off for Kurban-ait\"), citing the Prime Minister's site",
};

const DECREE_2013_DECEMBER: Act = Act {
    kk: "ҚР Үкіметінің 2013 жылғы № 1322 қаулысы (2013 жылғы желтоқсан) демалыс күнін 2013 жылғы 28 желтоқсаннан 2014 жылғы 3 қаңтарға ауыстыру туралы",
    ru: "постановление Правительства РК 2013 года № 1322 (декабрь 2013 года) о переносе дня отдыха с 28 декабря 2013 года на 3 января 2014 года",
    en: "Government Decree No. 1322 of December 2013 moving the day off from 28 December 2013 to 3 January 2014",
    source: "adilet.zan.kz P1300001322 (the day of signing was not verified); mgorod.kz, 7 December 2013 \
             (\"На новогодние праздники казахстанцы отдохнут 5 дней подряд\"), citing primeminister.kz via KazTAG",
};

const DECREE_2014: Act = Act {
    kk: "ҚР Үкіметінің 2014 жылғы № 365 қаулысы (2014 жылғы сәуір) 2014 жылғы мамырда демалыс күндерін ауыстыру туралы",
    ru: "постановление Правительства РК 2014 года № 365 (апрель 2014 года) о переносе дней отдыха в мае 2014 года",
    en: "Government Decree No. 365 of April 2014 moving days off in May 2014",
    source: "adilet.zan.kz P1400000365 (the day of signing was not verified); mgorod.kz \
             (\"Правительство определило дни отдыха на майские праздники\"), citing Tengrinews and the Prime Minister's site",
};

const DECREE_2016: Act = Act {
    kk: "ҚР Үкіметінің 2016 жылғы № 67 қаулысы (2016 жылғы ақпан) демалыс күнін 2016 жылғы 5 наурыздан 7 наурызға ауыстыру туралы",
    ru: "постановление Правительства РК 2016 года № 67 (февраль 2016 года) о переносе дня отдыха с 5 марта на 7 марта 2016 года",
    en: "Government Decree No. 67 of February 2016 moving the day off from 5 March to 7 March 2016",
    source: "adilet.zan.kz P1600000067 (the day of signing was not verified); KazTAG via zonakz.net and \
             Tengrinews via ng.kz, 15 February 2016, citing primeminister.kz",
};

const DECREE_2017: Act = Act {
    kk: "ҚР Үкіметінің 2017 жылғы № 5 қаулысы (2017 жылғы қаңтар) 2017 жылы демалыс күндерін ауыстыру туралы",
    ru: "постановление Правительства РК 2017 года № 5 (январь 2017 года) о переносе дней отдыха в 2017 году",
    en: "Government Decree No. 5 of January 2017 on moving days off in 2017",
    source: "adilet.zan.kz P1700000005 (the day of signing was not verified); the text is quoted by \
             zakon.kz (\"1 июля в Казахстане будет рабочим днем\"): 18 March -> 20 March, 1 July -> 7 July 2017",
};

const DECREE_2018: Act = Act {
    kk: "ҚР Үкіметінің 2017 жылғы № 864 қаулысы (2017 жылғы желтоқсан) 2018 жылы демалыс күндерін ауыстыру туралы",
    ru: "постановление Правительства РК 2017 года № 864 (декабрь 2017 года) о переносе дней отдыха в 2018 году",
    en: "Government Decree No. 864 of December 2017 on moving days off in 2018",
    source: "adilet.zan.kz P1700000864 (the day of signing was not verified); primeminister.kz/en/news/15835 \
             (\"the non-working days in 2018 rescheduled\"); nur.kz (\"Казахстанцам перенесли дни отдыха в 2018 году\")",
};

const DECREE_2019: Act = Act {
    kk: "ҚР Үкіметінің 2018 жылғы № 888 қаулысы 2019 жылы демалыс күнін ауыстыру туралы",
    ru: "постановление Правительства РК 2018 года № 888 о переносе дня отдыха в 2019 году",
    en: "Government Decree No. 888 of 2018 on moving a day off in 2019",
    source: "adilet.zan.kz P1800000888 (the day and month of signing were not verified); egov.kz, \
             \"Holidays and weekends in the Republic of Kazakhstan in 2019\" (last update 20.06.2019): \
             \"day-off transfer from 4th May to the 10th of May\"",
};

const DECREE_2020: Act = Act {
    kk: "ҚР Үкіметінің 2019 жылғы 1 қарашадағы № 820 қаулысы «2020 жылы демалыс күндерін ауыстыру туралы»",
    ru: "постановление Правительства РК от 1 ноября 2019 года № 820 «О переносе дней отдыха в 2020 году»",
    en: "Government Decree No. 820 of 1 November 2019 on moving days off in 2020",
    source: "adilet.zan.kz P1900000820; text quoted by kyzylorda-news.kz \
             (\"Как казахстанцы отдохнут в 2020 году\"); the Ministry of Labour \
             cites the decree of 1 November 2019 (qaskelen.kz, 8 December 2020)",
};

const DECREE_2021: Act = Act {
    kk: "ҚР Үкіметінің 2021 жылы демалыс күнін ауыстыру туралы 2020 жылғы № 930 қаулысы",
    ru: "постановление Правительства РК 2020 года № 930 о переносе дня отдыха в 2021 году",
    en: "Government Decree No. 930 of 2020 on moving a day off in 2021",
    source: "adilet.zan.kz P2000000930 (the day of signing was not verified); \
             the move is reported by kt.kz (\"People in Kazakhstan will have 11 days off\") \
             and the draft by qppstudio.net (14 October 2020)",
};

const DECREE_2022: Act = Act {
    kk: "ҚР Үкіметінің 2021 жылғы 6 қазандағы № 713 қаулысы «2022 жылы демалыс күндерін ауыстыру туралы»",
    ru: "постановление Правительства РК от 6 октября 2021 года № 713 «О переносе дней отдыха в 2022 году»",
    en: "Government Decree No. 713 of 6 October 2021 on moving days off in 2022",
    source: "pm.kz, \"Government approves postponement of holidays in 2022\" (adilet.zan.kz P2100000713)",
};

const DECREE_2022_OCTOBER: Act = Act {
    kk: "ҚР Үкіметінің 2021 жылғы 6 қазандағы № 713 қаулысына 2022 жылғы қазандағы толықтыру",
    ru: "дополнение (октябрь 2022 года) в постановление Правительства РК от 6 октября 2021 года № 713",
    en: "October 2022 amendment to Government Decree No. 713 of 6 October 2021",
    source: "nur.kz, \"Как казахстанцы отдохнут на День Республики\"; ortcom.kz (October 2022); \
             adilet.zan.kz P2200000796",
};

const DECREE_2023: Act = Act {
    kk: "ҚР Үкіметінің 2023 жылғы 25 сәуірдегі № 326 қаулысы «2023 жылы демалыс күнін ауыстыру туралы»",
    ru: "постановление Правительства РК от 25 апреля 2023 года № 326 «О переносе дня отдыха в 2023 году»",
    en: "Government Decree No. 326 of 25 April 2023 on moving a day off in 2023",
    source: "zakon.kz, \"Казахстанцы отдохнут 4 дня на День столицы\" (decree of 25 April 2023); \
             forbes.kz, 28 April 2023; adilet.zan.kz P2300000326",
};

const ORDER_2024: Act = Act {
    kk: "Еңбек және халықты әлеуметтік қорғау министрі м.а. 2024 жылғы 17 сәуірдегі бұйрығы «2024 жылы демалыс күнін ауыстыру туралы»",
    ru: "приказ и. о. Министра труда и социальной защиты населения РК от 17 апреля 2024 года «О переносе дня отдыха в 2024 году»",
    en: "Order of the acting Minister of Labour and Social Protection of the Population of 17 April 2024 on moving a day off in 2024",
    source: "mail.kz and nur.kz, 18 April 2024 (\"Перенос дня отдыха на майские праздники: подписан приказ\"); \
             adilet.zan.kz G24G0000109",
};

const ORDER_2025: Act = Act {
    kk: "Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылы демалыс күнін ауыстыру туралы бұйрығы (2024 жылғы қараша)",
    ru: "приказ Министра труда и социальной защиты населения РК о переносе дня отдыха в 2025 году (ноябрь 2024 года)",
    en: "Order of the Minister of Labour and Social Protection of the Population on moving a day off in 2025 (November 2024)",
    source: "azattyq-ruhy.kz and energy-city.kz (the order moves 5 January to 3 January 2025); \
             smartnews.kz quotes the Ministry: approved 21 November 2024, no other move in 2025; \
             adilet.zan.kz G24G0000436",
};

/// The verified years, in order. Years 2013–2026.
pub(crate) static VERIFIED: &[VerifiedYear] = &[
    VerifiedYear {
        year: 2013,
        kurban_ait: d(2013, 10, 15),
        kurban_ait_source: "tengrinews.kz, 14 October 2013: Kurban Ait on Tuesday 15 October; \
                            mgorod.kz, 15 October 2013: the festive prayer in every mosque on 15 October",
        moves: &[
            DayMove { working: d(2013, 5, 4), day_off: d(2013, 5, 10), act: &DECREE_2013_MAY },
            DayMove { working: d(2013, 10, 12), day_off: d(2013, 10, 14), act: &DECREE_2013_OCTOBER },
        ],
        notes: &[
            "Defender of the Fatherland Day, 7 May, is a holiday from 2013 (azh.kz, 23 April 2013: \
             \"will be celebrated as a state holiday as of this year\").",
            "Statutory moves: 23 Mar (Sat) -> 25 Mar; 6 Jul (Sat) -> 8 Jul (azh.kz, 19 June 2013); \
             1 Dec (Sun) -> 2 Dec.",
            "Saturday 28 December 2013 is a working day by Decree No. 1322, listed under 2014 with the \
             day off it gave (Friday 3 January 2014).",
        ],
    },
    VerifiedYear {
        year: 2014,
        kurban_ait: d(2014, 10, 4),
        kurban_ait_source: "yk-news.kz (\"Дополнительного выходного на Курбан айт в 2014 году не будет\"): \
                            the first day is Saturday 4 October, no decree moves a day off in October, \
                            and a religious holiday on a day off is not moved",
        moves: &[
            // Decided in December 2013: the working Saturday is in 2013.
            DayMove { working: d(2013, 12, 28), day_off: d(2014, 1, 3), act: &DECREE_2013_DECEMBER },
            DayMove { working: d(2014, 5, 4), day_off: d(2014, 5, 2), act: &DECREE_2014 },
            DayMove { working: d(2014, 5, 11), day_off: d(2014, 5, 8), act: &DECREE_2014 },
        ],
        notes: &[
            "Decree No. 365: Sunday 4 May -> Friday 2 May and Sunday 11 May -> Thursday 8 May, so 1-3 and \
             7-10 May are days off and the two Sundays are working days.",
            "Statutory moves: 8 Mar (Sat) -> 10 Mar; 22-23 Mar (Sat, Sun) -> 24-25 Mar (tengrinews.kz, \
             6 March 2014); 6 Jul (Sun) -> 7 Jul; 30 Aug (Sat) -> 1 Sep.",
        ],
    },
    VerifiedYear {
        year: 2015,
        kurban_ait: d(2015, 9, 24),
        kurban_ait_source: "the egov.kz calendar of 2015 as reported by kapital.kz (\"На Наурыз казахстанцы \
                            отдохнут 5 дней\"): Kurban Ait on 24 September",
        moves: &[],
        notes: &[
            "No decree moving days off was found for 2015: the egov.kz calendar (kapital.kz; azh.kz, \
             \"Как Казахстан будет отдыхать в 2015 году?\") lists the statutory moves only, and the \
             holidays package (0.108) cites no decree for 2015.",
            "Statutory moves: 8 Mar (Sun) -> 9 Mar; 21-22 Mar (Sat, Sun) -> 24-25 Mar; 9 May (Sat) -> 11 May; \
             30 Aug (Sun) -> 31 Aug.",
        ],
    },
    VerifiedYear {
        year: 2016,
        kurban_ait: d(2016, 9, 12),
        kurban_ait_source: "Serikbay kazhy Oraz, deputy chairman of the Spiritual Administration of Muslims \
                            of Kazakhstan, to Novosti-Kazakhstan (ng.kz): first day Monday 12 September",
        moves: &[DayMove { working: d(2016, 3, 5), day_off: d(2016, 3, 7), act: &DECREE_2016 }],
        notes: &[
            "One move only: Saturday 5 March -> Monday 7 March (vkurse.kz, zakon.kz).",
            "Statutory moves: 2 Jan (Sat) -> 4 Jan (tengrinews.kz); 1 May (Sun) -> 2 May; 7 May (Sat) -> \
             10 May, 9 May being a holiday (365info.kz, March 2016); 17 Dec (Sat) -> 19 Dec.",
        ],
    },
    VerifiedYear {
        year: 2017,
        kurban_ait: d(2017, 9, 1),
        kurban_ait_source: "kazpravda.kz, 17 August 2017 (\"Constitution Day and Kurban Ait are days off\") and \
                            inbusiness.kz (Kazinform): first day Friday 1 September, no other move",
        moves: &[
            DayMove { working: d(2017, 3, 18), day_off: d(2017, 3, 20), act: &DECREE_2017 },
            DayMove { working: d(2017, 7, 1), day_off: d(2017, 7, 7), act: &DECREE_2017 },
        ],
        notes: &[
            "Statutory moves: 1 Jan (Sun) -> 3 Jan, 2 January being a holiday (tumba.kz, citing the Ministry, \
             9 December 2016); 7 May (Sun) -> 8 May (ng.kz, 18 April 2017); 16-17 Dec (Sat, Sun) -> 18-19 Dec.",
        ],
    },
    VerifiedYear {
        year: 2018,
        kurban_ait: d(2018, 8, 21),
        kurban_ait_source: "the egov.kz calendar of 2018 (kazlenta.kz) and mgorod.kz, 27 July 2018: first day 21 August",
        moves: &[
            DayMove { working: d(2018, 3, 3), day_off: d(2018, 3, 9), act: &DECREE_2018 },
            DayMove { working: d(2018, 4, 28), day_off: d(2018, 4, 30), act: &DECREE_2018 },
            DayMove { working: d(2018, 5, 5), day_off: d(2018, 5, 8), act: &DECREE_2018 },
            DayMove { working: d(2018, 8, 25), day_off: d(2018, 8, 31), act: &DECREE_2018 },
            DayMove { working: d(2018, 12, 29), day_off: d(2018, 12, 31), act: &DECREE_2018 },
        ],
        notes: &[
            "Five moves, each from a Saturday (primeminister.kz; nur.kz; pro1c.kz).",
            "Statutory moves: 1 Dec (Sat) -> 3 Dec; 16 Dec (Sun) -> 18 Dec, 17 December being a holiday \
             (egov.kz calendar via kazlenta.kz).",
        ],
    },
    VerifiedYear {
        year: 2019,
        kurban_ait: d(2019, 8, 11),
        kurban_ait_source: "egov.kz, \"Holidays and weekends in the Republic of Kazakhstan in 2019\": \
                            \"In 2019 the first day of Qurban Ait is on August 11\" (a Sunday, not moved)",
        moves: &[DayMove { working: d(2019, 5, 4), day_off: d(2019, 5, 10), act: &DECREE_2019 }],
        notes: &[
            "One move only: Saturday 4 May -> Friday 10 May (egov.kz; days off 9-12 May, almaty.tv citing Sputnik).",
            "Statutory moves: 23 Mar (Sat) -> 25 Mar; 6 Jul (Sat) -> 8 Jul; 1 Dec (Sun) -> 2 Dec (egov.kz).",
        ],
    },
    VerifiedYear {
        year: 2020,
        kurban_ait: d(2020, 7, 31),
        kurban_ait_source: "kz.kursiv.media, 29 June 2020: first day of Kurban Ait 31 July",
        moves: &[
            DayMove { working: d(2020, 1, 5), day_off: d(2020, 1, 3), act: &DECREE_2020 },
            // 9 May was a Saturday: the statutory moved day off, Monday 11 May,
            // was moved to Friday 8 May.
            DayMove { working: d(2020, 5, 11), day_off: d(2020, 5, 8), act: &DECREE_2020 },
            DayMove { working: d(2020, 12, 20), day_off: d(2020, 12, 18), act: &DECREE_2020 },
        ],
        notes: &[
            "Decree No. 820 of 1 November 2019: 5 Jan -> 3 Jan, 11 May -> 8 May, 20 Dec -> 18 Dec \
             (the draft had 16 May -> 8 May; the adopted text moves 11 May).",
            "1 December (First President Day) and 16-17 December (Independence Day) are holidays.",
        ],
    },
    VerifiedYear {
        year: 2021,
        kurban_ait: d(2021, 7, 20),
        kurban_ait_source: "kt.kz, \"People in Kazakhstan will have 11 days off\": first day 20 July",
        moves: &[DayMove { working: d(2021, 7, 3), day_off: d(2021, 7, 5), act: &DECREE_2021 }],
        notes: &[
            "One move only: Saturday 3 July -> Monday 5 July (Capital Day bridge).",
            "Statutory moves: 2 Jan (Sat) -> 4 Jan; 21 Mar (Sun) -> 24 Mar; 1 May (Sat) -> 3 May; \
             9 May (Sun) -> 10 May (kt.kz, kazpravda.kz).",
        ],
    },
    VerifiedYear {
        year: 2022,
        kurban_ait: d(2022, 7, 9),
        kurban_ait_source: "mangystaumedia.kz and elorda.info (egov.kz): first day 9 July, a Saturday, not moved",
        moves: &[
            DayMove { working: d(2022, 3, 5), day_off: d(2022, 3, 7), act: &DECREE_2022 },
            DayMove { working: d(2022, 8, 27), day_off: d(2022, 8, 29), act: &DECREE_2022 },
            DayMove { working: d(2022, 10, 22), day_off: d(2022, 10, 24), act: &DECREE_2022_OCTOBER },
        ],
        notes: &[
            "Law of 29 September 2022 on cinematography, culture and holidays (golos-naroda.kz, total.kz): \
             25 October, Republic Day, is a national holiday again and 1 December is no longer a holiday; \
             so 25 October 2022 was a day off (the October amendment added 22 Oct -> 24 Oct) and \
             1 December 2022 a working day.",
            "Independence Day is 16 December only: December 2022 has 21 working days \
             (isdayoff issue #50, citing online.zakon.kz), so 17 December no longer counts.",
        ],
    },
    VerifiedYear {
        year: 2023,
        kurban_ait: d(2023, 6, 28),
        kurban_ait_source: "zakon.kz, \"Казахстанцы отдохнут 4 дня на День столицы\": first day 28 June",
        moves: &[DayMove { working: d(2023, 7, 1), day_off: d(2023, 7, 7), act: &DECREE_2023 }],
        notes: &["One move only: Saturday 1 July -> Friday 7 July (Capital Day)."],
    },
    VerifiedYear {
        year: 2024,
        kurban_ait: d(2024, 6, 16),
        kurban_ait_source: "kz.kursiv.media: the Spiritual Administration of Muslims moved the first day \
                            from 17 June (Monday) to 16 June (Sunday) and the Ministry of Labour cancelled \
                            the Monday day off; a Sunday, not moved",
        moves: &[DayMove { working: d(2024, 5, 4), day_off: d(2024, 5, 8), act: &ORDER_2024 }],
        notes: &[
            "From 2024 the moves are made by order of the Minister of Labour (Labour Code art. 85 p. 3).",
            "The published working-time balance for 2024 (inbuh.kz) gives 248 working days because it \
             still had Kurban Ait on 17 June; with 16 June the year has 249.",
        ],
    },
    VerifiedYear {
        year: 2025,
        kurban_ait: d(2025, 6, 6),
        kurban_ait_source: "Spiritual Administration of Muslims of Kazakhstan (kz.kursiv.media, mgorod.kz): 6 June",
        moves: &[DayMove { working: d(2025, 1, 5), day_off: d(2025, 1, 3), act: &ORDER_2025 }],
        notes: &[
            "One move only: Sunday 5 January -> Friday 3 January; the Ministry said no other move in 2025.",
            "119 days off at a five-day week (azattyq-ruhy.kz), i.e. 246 working days.",
        ],
    },
    VerifiedYear {
        year: 2026,
        kurban_ait: d(2026, 5, 27),
        kurban_ait_source: "egov.kz calendar as reported by Kazinform (inform.kz, 2 January 2026): 27 May",
        moves: &[],
        notes: &[
            "No decree or order moving days off was found (egov.kz calendar via Kazinform, 2 January 2026; \
             zakon.kz, 9 January 2026): the year follows the statutory rule. Checked as of March 2026; \
             an order later in the year would have to be added.",
            "Nauryz: 21 (Sat) and 22 (Sun) March fall on days off, so 24 and 25 March are days off.",
            "Constitution Day: the new Constitution adopted at the referendum of 15 March 2026 makes \
             15 March Constitution Day; the Ministry of Labour said 30 August 2026 is no longer a holiday \
             and 15 March is celebrated from 2027 (taspanews.kz, 18 March 2026). So Monday 31 August 2026 \
             is a working day, although the January calendar still showed it as a day off.",
        ],
    },
];
