//! Reference data of S0, the e-government "Кедендік тазарту" (customs
//! clearance) service instruction (`seeds/000_0840c7de78f7f66a.txt`): the
//! six categories of documents supporting a goods declaration, and the
//! services the portal lists in its customs section.
//!
//! The Kazakh texts are those of S0; the Russian and English are this
//! library's translations.
//!
//! ```
//! use kazcustoms_core::reference::s0::{portal_services, supporting_category, SUPPORTING_CATEGORIES};
//! assert_eq!(SUPPORTING_CATEGORIES.len(), 6);
//! assert_eq!(supporting_category(2).unwrap().en, "Transport (carriage) documents");
//! assert!(supporting_category(7).is_none());
//! assert_eq!(portal_services().len(), 9);
//! ```

use crate::text::Text;

/// A category of documents supporting a goods declaration (S0 item 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SupportingCategory {
    /// Its number, 1 to 6.
    pub number: u8,
    /// Its name in Kazakh, as S0 writes it.
    pub kk: &'static str,
    /// Its name in Russian.
    pub ru: &'static str,
    /// Its name in English.
    pub en: &'static str,
}

impl SupportingCategory {
    /// The name in three languages.
    pub fn name(&self) -> Text {
        Text::new(self.kk, self.ru, self.en)
    }
}

/// The six categories, in S0's order.
pub const SUPPORTING_CATEGORIES: [SupportingCategory; 6] = [
    SupportingCategory {
        number: 1,
        kk: "Тауарлармен мәміле жасалғанын растайтын құжаттар, ал мұндай мәміле болмаған жағдайда-тауарларды иелену, пайдалану және (немесе) оларға билік ету құқығын растайтын өзге де құжаттар, сондай-ақ көрсетілетін қызметті алушының иелігіндегі өзге де коммерциялық құжаттар",
        ru: "Документы, подтверждающие совершение сделки с товарами, а при отсутствии сделки — иные документы, подтверждающие право владения, пользования и (или) распоряжения товарами, а также иные коммерческие документы, имеющиеся у получателя услуги",
        en: "Documents confirming the transaction in the goods, or, absent a transaction, other documents confirming the right to own, use and (or) dispose of the goods, and other commercial documents the applicant holds",
    },
    SupportingCategory {
        number: 2,
        kk: "Көліктік (тасымалдау) құжаттар",
        ru: "Транспортные (перевозочные) документы",
        en: "Transport (carriage) documents",
    },
    SupportingCategory {
        number: 3,
        kk: "Тыйым салулар мен шектеулердің, ішкі нарықты қорғау шараларының сақталуын растайтын құжаттар",
        ru: "Документы, подтверждающие соблюдение запретов и ограничений, мер защиты внутреннего рынка",
        en: "Documents confirming compliance with prohibitions and restrictions and internal market protection measures",
    },
    SupportingCategory {
        number: 4,
        kk: "Тауарлардың шығу тегі туралы құжаттар",
        ru: "Документы о происхождении товаров",
        en: "Documents on the origin of the goods",
    },
    SupportingCategory {
        number: 5,
        kk: "Кедендік төлемдердің, салықтардың, арнайы, демпингке қарсы, өтемақы баждарының төленгенін және (немесе) кедендік баждарды, салықтарды, арнайы, демпингке қарсы, өтемақы баждарын төлеу жөніндегі міндеттердің орындалуын қамтамасыз етуді растайтын құжаттар",
        ru: "Документы, подтверждающие уплату таможенных платежей, налогов, специальных, антидемпинговых, компенсационных пошлин и (или) обеспечение исполнения обязанности по их уплате",
        en: "Documents confirming payment of customs payments, taxes, special, anti-dumping and countervailing duties and (or) security of the obligation to pay them",
    },
    SupportingCategory {
        number: 6,
        kk: "Төлеу бойынша жеңілдіктер беру мақсаттары мен шарттарының сақталуын растайтын құжаттар",
        ru: "Документы, подтверждающие соблюдение целей и условий предоставления льгот по уплате",
        en: "Documents confirming compliance with the purposes and conditions of payment privileges",
    },
];

/// The category numbered `number` (1 to 6), if any.
pub fn supporting_category(number: u8) -> Option<&'static SupportingCategory> {
    SUPPORTING_CATEGORIES.iter().find(|c| c.number == number)
}

/// The services listed in the portal's customs section ("Кеден", S0 item
/// 2: "ҚЫЗМЕТТЕР (15)", nine of them shown), in S0's order, in Kazakh as
/// S0 writes them, with Russian and English translations.
pub fn portal_services() -> Vec<Text> {
    PORTAL_SERVICES
        .iter()
        .map(|[kk, ru, en]| Text::new(*kk, *ru, *en))
        .collect()
}

/// How many services the portal says the section has (S0: "ҚЫЗМЕТТЕР (15)");
/// [`portal_services`] lists the nine S0 shows.
pub const PORTAL_SERVICES_TOTAL: usize = 15;

const PORTAL_SERVICES: [[&str; 3]; 9] = [
    [
        "Жолаушылар кедендік декларациясын қабылдау",
        "Принятие пассажирской таможенной декларации",
        "Acceptance of the passenger customs declaration",
    ],
    [
        "Тауарды сыныптау туралы алдын ала шешім қабылдау",
        "Принятие предварительного решения о классификации товара",
        "Preliminary decision on the classification of goods",
    ],
    [
        "Тауардың шығарылған жері туралы алдын ала шешім қабылдау",
        "Принятие предварительного решения о происхождении товара",
        "Preliminary decision on the origin of goods",
    ],
    [
        "Кедендік баждарды, салықтарды, арнайы, демпингке қарсы, өтем баждарды төлеу жөніндегі міндеттердің орындалуын, сондай-ақ кеден ісі саласында қызметін жүзеге асыратын заңды тұлғаның және (немесе) уәкілетті экономикалық оператордың міндеттерінің орындалуын қамтамасыз етуді тіркеу",
        "Регистрация обеспечения исполнения обязанности по уплате таможенных пошлин, налогов, специальных, антидемпинговых, компенсационных пошлин, а также обязанностей юридического лица, осуществляющего деятельность в сфере таможенного дела, и (или) уполномоченного экономического оператора",
        "Registration of the security of the obligation to pay customs duties, taxes, special, anti-dumping and countervailing duties, and of the obligations of a customs operator and (or) an authorised economic operator",
    ],
    [
        "Транзиттік декларацияны қабылдау",
        "Принятие транзитной декларации",
        "Acceptance of the transit declaration",
    ],
    [
        "Авторлық құқық пен сабақтас құқық, тауар таңбалары, қызмет көрсету таңбалары объектілерін және тауарларды шығарған жерлердің атауларын зияткерлік меншік объектілерінің кедендік тізіліміне енгізу",
        "Включение объектов авторского права и смежных прав, товарных знаков, знаков обслуживания и наименований мест происхождения товаров в таможенный реестр объектов интеллектуальной собственности",
        "Inclusion of objects of copyright and related rights, trademarks, service marks and appellations of origin in the customs register of intellectual property",
    ],
    [
        "Белгілі бір уақыт кезеңі ішінде әртүрлі тауар партияларымен әкелінуі болжанатын, құрастырылмаған немесе бөлшектелген түрдегі, оның ішінде жинақталмаған немесе жасалып бітпеген түрдегі тауарды сыныптау туралы шешім қабылдау",
        "Принятие решения о классификации товара в несобранном или разобранном виде, в том числе в некомплектном или незавершённом виде, ввоз которого предполагается различными товарными партиями в течение определённого периода времени",
        "Classification decision for goods in unassembled or disassembled form, incomplete or unfinished included, to be imported in separate consignments over a period of time",
    ],
    [
        "Тауарларды кедендік тазарту",
        "Таможенная очистка товаров",
        "Customs clearance of goods",
    ],
    [
        "Көлік құралына арналған кедендік декларацияны қабылдау",
        "Принятие таможенной декларации на транспортное средство",
        "Acceptance of the customs declaration for a vehicle",
    ],
];
