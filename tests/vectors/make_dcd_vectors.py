#!/usr/bin/env python3
"""Writes tests/vectors/dcd.json and examples/data/dcd_invalid.json.

The shared DCD test vectors (SPEC §3), read by the Rust, Python and C tests.
Everything here is written by hand from SPEC.md and the rule catalogue: the
base documents, the patches that break them, and the exact set of rule ids
each broken document must report. Nothing is taken from running the library.

The script also checks its own valid documents against the arithmetic of
SPEC (column 22 = sum of column 42, column 46 = column 42 in US dollars,
the 2000 km/month deadline of §2, ISO 6346 container check digits, capitals)
so that a typo in a base document fails here rather than in three harnesses.

Run from anywhere: python3 tests/vectors/make_dcd_vectors.py
Output is deterministic (same input, same bytes).
"""

import copy
import datetime
import json
import pathlib
from decimal import ROUND_HALF_UP, Decimal
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import _vectorlib as vl  # noqa: E402  (the generators' shared helpers)

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "vectors" / "dcd.json"
EXAMPLE = ROOT / "examples" / "data" / "dcd_invalid.json"

REFERENCE = datetime.date(2026, 11, 22)
USD_RATE = Decimal("505.0")

# The caller's directory of customs office codes (SPEC §1: with a directory,
# a code not in it -- or a guarantee prefix starting none of them -- is
# NUM.OFFICE). The codes are invented; no public list exists (SPEC §13).
OFFICES = {
    "15101": "Т/П «АҚТӨБЕ-ЦОТО»",
    "27101": "«ОРАЛ» КЕДЕН БЕКЕТІ",
    "30105": "Т/П «АСТАНА-ЦЕНТР»",
    "39001": "Т/П «ҚОРҒАС»",
    "47101": "Т/П «АҚТАУ-ПОРТ»",
    "50101": "Т/П «АЛМАТЫ-ЦЕНТР»",
    "50103": "Т/П «АЛМАТЫ-АЭРОПОРТ»",
    "55201": "Т/П «ЖАЙСАҢ»",
    "58101": "Т/П «ЖІБЕК ЖОЛЫ»",
    "58102": "Т/П «ШЫМКЕНТ-ЦЕНТР»",
    "62001": "Т/П «ПЕТРОПАВЛ-ЖД»",
}

# General names of commodity headings (the caller's nomenclature), for
# DCD.31.GENERIC. Column 31 must never be only one of these.
HEADINGS = {
    "8413": "НАСОСЫ ЖИДКОСТНЫЕ С РАСХОДОМЕРАМИ ИЛИ БЕЗ НИХ; ПОДЪЕМНИКИ ЖИДКОСТЕЙ",
    "8481": "КРАНЫ, КЛАПАНЫ, ВЕНТИЛИ И АНАЛОГИЧНАЯ АРМАТУРА ДЛЯ ТРУБОПРОВОДОВ, КОТЛОВ, "
    "РЕЗЕРВУАРОВ, ЦИСТЕРН, БАКОВ ИЛИ АНАЛОГИЧНЫХ ЕМКОСТЕЙ, ВКЛЮЧАЯ РЕДУКЦИОННЫЕ И "
    "ТЕРМОРЕГУЛИРУЕМЫЕ КЛАПАНЫ",
    "8708": "ЧАСТИ И ПРИНАДЛЕЖНОСТИ МОТОРНЫХ ТРАНСПОРТНЫХ СРЕДСТВ ТОВАРНЫХ ПОЗИЦИЙ 8701 - 8705",
    "9018": "ПРИБОРЫ И УСТРОЙСТВА, ПРИМЕНЯЕМЫЕ В МЕДИЦИНЕ, ХИРУРГИИ, СТОМАТОЛОГИИ ИЛИ "
    "ВЕТЕРИНАРИИ, ВКЛЮЧАЯ СЦИНТИГРАФИЧЕСКУЮ АППАРАТУРУ, ПРОЧУЮ ЭЛЕКТРОМЕДИЦИНСКУЮ "
    "АППАРАТУРУ И ПРИБОРЫ ДЛЯ ИССЛЕДОВАНИЯ ЗРЕНИЯ",
    "2523": "ПОРТЛАНДЦЕМЕНТ, ЦЕМЕНТ ГЛИНОЗЕМИСТЫЙ, ЦЕМЕНТ ШЛАКОВЫЙ, ЦЕМЕНТ СУПЕРСУЛЬФАТНЫЙ И "
    "АНАЛОГИЧНЫЕ ГИДРАВЛИЧЕСКИЕ ЦЕМЕНТЫ, НЕОКРАШЕННЫЕ ИЛИ ОКРАШЕННЫЕ, ГОТОВЫЕ ИЛИ В ФОРМЕ "
    "КЛИНКЕРОВ",
    "7208": "ПРОКАТ ПЛОСКИЙ ИЗ ЖЕЛЕЗА ИЛИ НЕЛЕГИРОВАННОЙ СТАЛИ, ШИРИНОЙ 600 ММ ИЛИ БОЛЕЕ, "
    "ГОРЯЧЕКАТАНЫЙ, НЕПЛАКИРОВАННЫЙ, БЕЗ ГАЛЬВАНИЧЕСКОГО ИЛИ ДРУГОГО ПОКРЫТИЯ",
}

OPTIONS = {
    "reference": REFERENCE.isoformat(),
    "usd_rate": float(USD_RATE),
    "offices": sorted(OFFICES),
    "headings": HEADINGS,
}


# --------------------------------------------------------------------------
# SPEC arithmetic, used only to check the hand-written documents.

def money(x):
    """Hundredths as a Decimal, from a JSON number."""
    return Decimal(repr(x))


def hundredths(d):
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def usd(value, currency, rate):
    """Column 46: column 42 in US dollars at the two rates (SPEC §3, col. 46)."""
    if currency == "840":
        return hundredths(money(value))
    return hundredths(money(value) * money(rate) / USD_RATE)


add_months = vl.add_months
limit = vl.limit


def number_date(text):
    """The date of a DDMMY group resolved against the reference (SPEC §1)."""
    day, month, digit = int(text[0:2]), int(text[2:4]), int(text[4])
    year = REFERENCE.year - (REFERENCE.year - digit) % 10
    return datetime.date(year, month, day)


def dcd_date(reference_number):
    return number_date(reference_number.split("/")[1])


def iso6346(prefix):
    """A container number with its ISO 6346 check digit: owner code (3
    letters), category `U`, six digits."""
    values, v = {}, 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        values[letter] = v
        v += 1
    total = sum(
        (values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(prefix)
    )
    return prefix + str(total % 11 % 10)


assert iso6346("CSQU305438") == "CSQU3054383"  # the standard's own example
assert limit(datetime.date(2026, 1, 31), 3000) == datetime.date(2026, 3, 15)
assert limit(datetime.date(2026, 12, 20), 4500, "thirty_day") == datetime.date(2027, 2, 26)


# --------------------------------------------------------------------------
# Building blocks.

def item(n, description, code, gross, net, value, rate, currency, documents=(),
         containers=None, previous=None, statistical=None):
    it = {"description": description}
    if containers is not None:
        it["containers"] = {"count": len(containers), "numbers": list(containers)}
    it["item_number"] = n
    it["commodity_code"] = code
    it["gross_kg"] = gross
    it["net_kg"] = net
    if previous is not None:
        it["previous_document"] = previous
    it["invoice_value"] = value
    it["documents"] = [{"code": c, "text": t} for c, t in documents]
    it["statistical_value"] = (
        float(usd(value, currency, rate)) if statistical is None else statistical
    )
    return it


def total(items):
    return float(sum(money(i["invoice_value"]) for i in items))


def office(code):
    return {"name": OFFICES[code], "code": code}


UNDERTAKING_RU = "ОБЯЗУЮСЬ ДОСТАВИТЬ ТОВАРЫ И ДОКУМЕНТЫ НА НИХ В ТАМОЖНЮ НАЗНАЧЕНИЯ В УСТАНОВЛЕННЫЙ СРОК"
UNDERTAKING_KK = "ТАУАРЛАР МЕН ОЛАРҒА АРНАЛҒАН ҚҰЖАТТАРДЫ БАРАТЫН КЕДЕН ОРГАНЫНА БЕЛГІЛЕНГЕН МЕРЗІМДЕ ЖЕТКІЗУГЕ МІНДЕТТЕНЕМІН"


# --------------------------------------------------------------------------
# The valid base documents. Each must give an empty report.

def import_road():
    """ИМ by road from Russia, every column 44 code (2, 7A, 7B, 7C, 7D)."""
    rate, cur = 6.42, "643"
    items = [
        item(1, "ТРУБЫ СТАЛЬНЫЕ ЭЛЕКТРОСВАРНЫЕ ПРЯМОШОВНЫЕ 530Х8 ММ, СТ3СП, ГОСТ 10704-91, "
                "ДЛИНА 11,7 М, 36 ШТ", "7305319000", 14870, 14790, 1786400.00, rate, cur,
             [("2", "CMR 0458812 ОТ 12.10.2026"),
              ("7A", "ИНВОЙС ОТЗ-2026/1187 ОТ 09.10.2026"),
              ("7B", "0042/151/12106/0089")]),
        item(2, "ОТВОДЫ КРУТОИЗОГНУТЫЕ 90° 530Х10 ММ, СТ20, ГОСТ 17375-2001, 24 ШТ",
             "7307930000", 2184, 2160, 412800.00, rate, cur,
             [("7C", "55201/13106/00088 ОТ 13.10.2026")]),
        item(3, "ЗАДВИЖКИ КЛИНОВЫЕ СТАЛЬНЫЕ 30С41НЖ ДУ 500 РУ 16, С РУЧНЫМ ПРИВОДОМ, 4 ШТ",
             "8481808199", 3120, 2980, 961200.00, rate, cur,
             [("7D", "СВИДЕТЕЛЬСТВО ТАМОЖЕННОГО ПЕРЕВОЗЧИКА № 0000127 ОТ 15.01.2024")]),
    ]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "ООО «ОРЕНБУРГСКИЙ ТРУБНЫЙ ЗАВОД», 460048, РОССИЯ, Г. ОРЕНБУРГ, "
                     "ПР. ПОБЕДЫ, 118",
        "total_items": 3,
        "packages": 27,
        "bulk_cargo": False,
        "reference_number": "55201/14106/00317",
        "consignee": {"name_address": "ТОО «АКТОБЕСТРОЙМОНТАЖ», 030006, КАЗАХСТАН, Г. АКТОБЕ, "
                                      "УЛ. МАРЕСЬЕВА, 95"},
        "country_of_dispatch": "RU",
        "country_of_origin": "RU",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 1, "details": "VOLVO FH 777OPN56 / ПОЛУПРИЦЕП АК 4521 56",
                                 "country": "643"},
        "vehicle_at_border": {"count": 1, "details": "VOLVO FH 777OPN56 / ПОЛУПРИЦЕП АК 4521 56",
                              "country": "643"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "Т/П «ЖАЙСАҢ», ДГД ПО АКТЮБИНСКОЙ ОБЛАСТИ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ТОО «ЖАЙСАҢ ТРАНС», 030000, Г. АКТОБЕ, УЛ. САНКИБАЙ БАТЫРА, 22",
            "undertaking": UNDERTAKING_RU,
            "representative": "ТЕМИРОВ Б.К.",
            "deadline": "2026-10-16",
        },
        "destination_office": office("15101"),
        "place_and_date": {"place": "Т/П «ЖАЙСАҢ», ТОО «ЖАЙСАҢ ТРАНС»", "date": "2026-10-14"},
        "delivery_address": "030006, Г. АКТОБЕ, УЛ. МАРЕСЬЕВА, 95, СВХ ТОО «АКТОБЕ-ТЕРМИНАЛ»",
        "stamp_c": {"office": "Т/П «ЖАЙСАҢ»", "inspector": "НУРЛАНОВ Е.С.",
                    "personal_seal": "0217", "date": "2026-10-14"},
        "distance_km": 160,
    }


def transit_eseal():
    """ТР by road, China to Uzbekistan through Kazakhstan, in US dollars,
    with an electronic seal (both offices run the automated system)."""
    rate, cur = 505.0, "840"
    items = [
        item(1, "КОНДИЦИОНЕРЫ БЫТОВЫЕ НАСТЕННЫЕ СПЛИТ-СИСТЕМЫ GREE GWH12AKC, 3,5 КВТ, "
                "120 КОМПЛЕКТОВ", "8415101000", 4560, 3960, 26400.00, rate, cur,
             [("2", "CMR 0923344 ОТ 30.08.2026"),
              ("7A", "INVOICE XT-2026-0907 ОТ 28.08.2026"),
              ("7C", "39001/02096/00541 ОТ 02.09.2026")]),
        item(2, "ХОЛОДИЛЬНИКИ БЫТОВЫЕ ДВУХКАМЕРНЫЕ HAIER C2F637CW, 364 Л, 40 ШТ",
             "8418102001", 3320, 2960, 13800.00, rate, cur,
             [("7D", "СВИДЕТЕЛЬСТВО ТАМОЖЕННОГО ПЕРЕВОЗЧИКА № 0000342 ОТ 20.02.2025")]),
    ]
    return {
        "declaration_type": {"direction": "ТР", "second": None, "third": "ДКД"},
        "consignor": "XINJIANG TIANSHAN TRADING CO., LTD, 830000, CHINA, URUMQI, "
                     "YOUHAO SOUTH ROAD, 668",
        "total_items": 2,
        "packages": 160,
        "reference_number": "39001/02096/01234",
        "consignee": {"name_address": "ООО «ТАШКЕНТ ЭЛЕКТРО САВДО», 100070, УЗБЕКИСТАН, "
                                      "Г. ТАШКЕНТ, УЛ. ШОТА РУСТАВЕЛИ, 41"},
        "country_of_dispatch": "CN",
        "country_of_origin": "CN",
        "country_of_destination": "UZ",
        "vehicle_at_departure": {"count": 1, "details": "SCANIA R450 01 A 123 BC / ПРИЦЕП 01 XA 4567",
                                 "country": "860"},
        "vehicle_at_border": {"count": 1, "details": "SCANIA R450 01 A 123 BC / ПРИЦЕП 01 XA 4567",
                              "country": "860"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "Т/П «ҚОРҒАС», ДГД ПО ОБЛАСТИ ЖЕТІСУ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ООО «ТАШКЕНТ АВТО ТРАНС», 100011, УЗБЕКИСТАН, Г. ТАШКЕНТ, УЛ. НАВОИ, 7",
            "undertaking": UNDERTAKING_RU + " И ЦЕЛОСТНОСТЬ ЭЛЕКТРОННОЙ ПЛОМБЫ",
            "representative": "РАХИМОВ Ш.А.",
            "deadline": "2026-09-12",
            "eseal": "ЭП 0004517",
        },
        "destination_office": office("58101"),
        "place_and_date": {"place": "Т/П «ҚОРҒАС», ООО «ТАШКЕНТ АВТО ТРАНС»", "date": "2026-09-02"},
        "delivery_address": "ТҮРКІСТАН ОБЛЫСЫ, САРЫАҒАШ АУДАНЫ, ЖІБЕК ЖОЛЫ АУЫЛЫ, "
                            "ЗОНА ТАМОЖЕННОГО КОНТРОЛЯ Т/П «ЖІБЕК ЖОЛЫ»",
        "stamp_c": {"office": "Т/П «ҚОРҒАС»", "inspector": "ОМАРОВ Д.Б.",
                    "personal_seal": "0054", "date": "2026-09-02"},
        "distance_km": 1050,
    }


ESEAL_BOTH = {"eseal": {"departure": True, "destination": True}}


def internal_transit():
    """ВТ by road: goods under temporary storage in Almaty moved to a customs
    warehouse in Astana, in euros; arrived (stamp D)."""
    rate, cur = 548.27, "978"
    items = [
        item(1, "АППАРАТЫ УЛЬТРАЗВУКОВОЙ ДИАГНОСТИКИ SIEMENS ACUSON JUNO, С ДАТЧИКАМИ, "
                "3 КОМПЛЕКТА", "9018129000", 486, 402, 186000.00, rate, cur,
             [("2", "CMR 1207781 ОТ 20.07.2026"),
              ("7A", "INVOICE 9100234871 ОТ 02.07.2026"),
              ("7B", "0137/301/20076/0058")]),
        item(2, "КРОВАТИ МЕДИЦИНСКИЕ ФУНКЦИОНАЛЬНЫЕ ЭЛЕКТРИЧЕСКИЕ LINET ELEGANZA 3XC, 12 ШТ",
             "9402900009", 2280, 1960, 54600.00, rate, cur),
    ]
    return {
        "declaration_type": {"direction": "ВТ", "second": None, "third": "ДКД"},
        "consignor": "ТОО «ЕВРОМЕД ДИСТРИБЬЮШН», 050059, Г. АЛМАТЫ, ПР. АЛЬ-ФАРАБИ, 77/7",
        "total_items": 2,
        "packages": 18,
        "reference_number": "50101/21076/00875",
        "consignee": {"name_address": "ТОО «ЕВРОМЕД ДИСТРИБЬЮШН», ФИЛИАЛ В Г. АСТАНА, 010000, "
                                      "Г. АСТАНА, УЛ. КЕНЕСАРЫ, 40"},
        "country_of_dispatch": "DE",
        "country_of_origin": "DE",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 1, "details": "MERCEDES-BENZ ACTROS 321AVN02 / "
                                                        "ПОЛУПРИЦЕП 45BCA02", "country": "398"},
        "vehicle_at_border": {"count": 1, "details": "MERCEDES-BENZ ACTROS 321AVN02 / "
                                                     "ПОЛУПРИЦЕП 45BCA02", "country": "398"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "Т/П «АЛМАТЫ-ЦЕНТР», ДГД ПО Г. АЛМАТЫ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ТОО «КАЗТРАНСЛОГИСТИК», 050000, Г. АЛМАТЫ, УЛ. ЖИБЕК ЖОЛЫ, 5",
            "undertaking": UNDERTAKING_RU,
            "representative": "СЕРГЕЕВ П.А.",
            "deadline": "2026-08-05",
        },
        "destination_office": office("30105"),
        "place_and_date": {"place": "Г. АЛМАТЫ, ТОО «КАЗТРАНСЛОГИСТИК»", "date": "2026-07-21"},
        "delivery_address": "010000, Г. АСТАНА, УЛ. ПРОМЫШЛЕННАЯ, 12, ТАМОЖЕННЫЙ СКЛАД "
                            "ТОО «АСТАНА ЛОГИСТИК»",
        "stamp_c": {"office": "Т/П «АЛМАТЫ-ЦЕНТР»", "inspector": "АХМЕТОВА Г.Р.",
                    "personal_seal": "0311", "date": "2026-07-21"},
        "stamp_d": {"office": "Т/П «АСТАНА-ЦЕНТР»", "inspector": "ҚАСЫМОВ Т.Ж.",
                    "personal_seal": "0042", "date": "2026-07-29"},
        "distance_km": 1210,
    }


def foreign_territory_escort():
    """ТТ by road from Oral to Aktobe across Russia, in Kazakh, in tenge,
    under customs escort (column 9)."""
    rate, cur = 1.0, "398"
    items = [
        item(1, "ЫСТЫҚТАЙ ИЛЕМДЕЛГЕН ҚОСПАЛАНБАҒАН БОЛАТ ТАБАҚТАР, ҚАЛЫҢДЫҒЫ 8 ММ, "
                "1500Х6000 ММ, 24 ПАКЕТ", "7208520000", 19840, 19700, 7440000.00, rate, cur,
             [("2", "CMR 0032214 04.11.2026"), ("7A", "ШОТ-ФАКТУРА № 1187 04.11.2026")]),
        item(2, "БОЛАТ АРМАТУРА А500С, ДИАМЕТРІ 12 ММ, ҰЗЫНДЫҒЫ 11,7 М, 12 БУМА",
             "7214200000", 4920, 4880, 1722000.00, rate, cur),
    ]
    return {
        "declaration_type": {"direction": "ТТ", "second": None, "third": "ЖБҚ"},
        "consignor": "«ОРАЛ МЕТАЛЛ» ЖШС, 090000, ОРАЛ Қ., ДОСТЫҚ ДАҢҒЫЛЫ, 184",
        "total_items": 2,
        "packages": 36,
        "reference_number": "27101/05116/00211",
        "consignee": {"name_address": "«АҚТӨБЕ ҚҰРЫЛЫС» ЖШС, 030000, АҚТӨБЕ Қ., "
                                      "ӘБІЛҚАЙЫР ХАН ДАҢҒЫЛЫ, 52"},
        "escort_number": "0007-27101-04116",
        "country_of_dispatch": "KZ",
        "country_of_origin": "KZ",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 2, "details": "DAF XF 123ABC07, DAF XF 456ABD07",
                                 "country": "398"},
        "vehicle_at_border": {"count": 2, "details": "DAF XF 123ABC07, DAF XF 456ABD07",
                              "country": "398"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "«ОРАЛ» КЕДЕН БЕКЕТІ, БАТЫС ҚАЗАҚСТАН ОБЛЫСЫ БОЙЫНША МКД",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "«ОРАЛ ТРАНС СЕРВИС» ЖШС, 090000, ОРАЛ Қ., ШОЛОХОВ КӨШЕСІ, 21",
            "undertaking": UNDERTAKING_KK,
            "representative": "ЖАНҒАЛИЕВ Н.Т.",
            "deadline": "2026-11-10",
        },
        "destination_office": office("15101"),
        "place_and_date": {"place": "ОРАЛ Қ., «ОРАЛ ТРАНС СЕРВИС» ЖШС", "date": "2026-11-05"},
        "delivery_address": "030000, АҚТӨБЕ Қ., ӘБІЛҚАЙЫР ХАН ДАҢҒЫЛЫ, 52, "
                            "«АҚТӨБЕ ҚҰРЫЛЫС» ЖШС ҚОЙМАСЫ",
        "stamp_c": {"office": "«ОРАЛ» КЕДЕН БЕКЕТІ", "inspector": "ИСМАҒҰЛОВ А.Қ.",
                    "personal_seal": "0133", "date": "2026-11-05"},
        "distance_km": 480,
    }


def rail():
    """ИМ by rail (mode 20) from Russia: consignee with the station code."""
    rate, cur = 6.42, "643"
    items = [
        item(1, "ПРОКАТ ПЛОСКИЙ ГОРЯЧЕКАТАНЫЙ В РУЛОНАХ, СТ3СП, ТОЛЩИНА 4 ММ, ШИРИНА 1500 ММ, "
                "12 РУЛОНОВ", "7208380000", 140380, 140200, 9813600.00, rate, cur,
             [("2", "НАКЛАДНАЯ СМГС № 35411872 ОТ 15.08.2026"),
              ("7A", "СЧЕТ-ФАКТУРА 0800178345 ОТ 14.08.2026")],
             previous="10510010/170826/0045871"),
        item(2, "ПРОКАТ ПЛОСКИЙ ХОЛОДНОКАТАНЫЙ В РУЛОНАХ, 08ПС, ТОЛЩИНА 1 ММ, ШИРИНА 1250 ММ, "
                "6 РУЛОНОВ", "7209170000", 61480, 61350, 5460150.00, rate, cur),
    ]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "ПАО «МАГНИТОГОРСКИЙ МЕТАЛЛУРГИЧЕСКИЙ КОМБИНАТ», 455000, РОССИЯ, "
                     "Г. МАГНИТОГОРСК, УЛ. КИРОВА, 93",
        "total_items": 2,
        "packages": 18,
        "reference_number": "62001/18086/03412",
        "consignee": {"name_address": "ТОО «АСТАНА МЕТАЛЛ ТРЕЙД», 010000, КАЗАХСТАН, Г. АСТАНА, "
                                      "УЛ. ЖЕНИС, 77",
                      "rail_station": "684106"},
        "country_of_dispatch": "RU",
        "country_of_origin": "RU",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 3, "details": "ВАГОНЫ №№ 52345678, 52345686, 52345694",
                                 "country": "643"},
        "vehicle_at_border": {"count": 3, "details": "ВАГОНЫ №№ 52345678, 52345686, 52345694",
                              "country": "643"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "20",
        "border_office": "Т/П «ПЕТРОПАВЛ-ЖД», ДГД ПО СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "АО «НК «ҚАЗАҚСТАН ТЕМІР ЖОЛЫ», 010000, Г. АСТАНА, УЛ. Д. КУНАЕВА, 6",
            "undertaking": UNDERTAKING_RU,
            "representative": "АБДРАХМАНОВ С.М.",
            "deadline": "2026-08-25",
        },
        "destination_office": office("30105"),
        "place_and_date": {"place": "СТ. ПЕТРОПАВЛОВСК, АО «НК «ҚАЗАҚСТАН ТЕМІР ЖОЛЫ»",
                           "date": "2026-08-18"},
        "delivery_address": "010000, Г. АСТАНА, СТ. АСТАНА-1, ПОДЪЕЗДНОЙ ПУТЬ "
                            "ТОО «АСТАНА МЕТАЛЛ ТРЕЙД»",
        "stamp_c": {"office": "Т/П «ПЕТРОПАВЛ-ЖД»", "inspector": "ВОЛКОВ Д.И.",
                    "personal_seal": "0408", "date": "2026-08-18"},
        "distance_km": 560,
    }


CONTAINERS = [iso6346("MSKU123456"), iso6346("TGHU774120"), iso6346("CMAU501188")]


def sea_containers():
    """ИМ by sea (Baku to Aktau) in three containers, in Turkish lira; the
    deadline is exactly the limit (31 Jan + 1 month clamps to 28 Feb)."""
    rate, cur = 11.85, "949"
    items = [
        item(1, "МАШИНЫ СТИРАЛЬНЫЕ БЫТОВЫЕ BEKO WUE6512XAW, ЗАГРУЗКА 6 КГ, 240 ШТ",
             "8450111900", 14880, 13680, 2592000.00, rate, cur,
             [("2", "КОНОСАМЕНТ BAK-AKT-0131/26"),
              ("7A", "INVOICE AR-2026-00117 ОТ 12.01.2026"),
              ("7B", "0211/501/29016/0007")],
             containers=CONTAINERS[:2]),
        item(2, "ПЛИТЫ ГАЗОВЫЕ БЫТОВЫЕ BEKO FSG52020FW, 4 КОНФОРКИ, 96 ШТ",
             "7321110000", 4320, 3840, 1094400.00, rate, cur, containers=CONTAINERS[2:]),
    ]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "ARCELIK A.S., KARAAGAC CADDESI NO:2-6, 34445 SUTLUCE, BEYOGLU, "
                     "ISTANBUL, TURKEY",
        "total_items": 2,
        "packages": 3,
        "reference_number": "47101/31016/00019",
        "consignee": {"name_address": "ТОО «АРЧЕЛИК КАЗАХСТАН», 050040, Г. АЛМАТЫ, "
                                      "УЛ. ТИМИРЯЗЕВА, 42"},
        "country_of_dispatch": "TR",
        "country_of_origin": "TR",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 3, "details": "КАМАЗ 5490 512BKA12, 513BKA12, 514BKA12",
                                 "country": "398"},
        "vehicle_at_border": {"count": 1, "details": "ПАРОМ «АКАДЕМИК ТОПЧУБАШЕВ» IMO 9144720",
                              "country": "031"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "10",
        "border_office": "Т/П «АҚТАУ-ПОРТ», ДГД ПО МАНГИСТАУСКОЙ ОБЛАСТИ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ТОО «КАСПИЙ КОНТЕЙНЕР ТРАНС», 130000, Г. АКТАУ, 9 МКР., 12",
            "undertaking": UNDERTAKING_RU,
            "representative": "ЕСЕНОВ К.Т.",
            "deadline": "2026-03-16",
        },
        "destination_office": office("50101"),
        "place_and_date": {"place": "Г. АКТАУ, ТОО «КАСПИЙ КОНТЕЙНЕР ТРАНС»", "date": "2026-01-31"},
        "delivery_address": "050061, Г. АЛМАТЫ, УЛ. РЫСКУЛОВА, 103, СВХ ТОО «КТЖ ЭКСПРЕСС»",
        "stamp_c": {"office": "Т/П «АҚТАУ-ПОРТ»", "inspector": "ЖҰМАБАЕВ Р.Е.",
                    "personal_seal": "0077", "date": "2026-01-31"},
        "distance_km": 3050,
    }


def bulk():
    """ИМ of cement in bulk by road from Uzbekistan: column 6 is 0."""
    rate, cur = 505.0, "840"
    items = [
        item(1, "ЦЕМЕНТ ПОРТЛАНДСКИЙ ЦЕМ I 42,5Н ГОСТ 31108-2020, НАВАЛОМ В ЦЕМЕНТОВОЗАХ",
             "2523290000", 49860, 49860, 3739.50, rate, cur,
             [("2", "CMR 0771245, 0771246"),
              ("7A", "INVOICE 1145 ОТ 18.11.2026"),
              ("7C", "58101/19116/00412 ОТ 19.11.2026")]),
    ]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "АО «КЫЗЫЛКУМЦЕМЕНТ», 210100, УЗБЕКИСТАН, Г. НАВОИ, "
                     "УЛ. ИНДУСТРИАЛЬНАЯ, 1",
        "total_items": 1,
        "packages": 0,
        "bulk_cargo": True,
        "reference_number": "58101/19116/02188",
        "consignee": {"name_address": "ТОО «ШЫМКЕНТ БЕТОН», 160000, Г. ШЫМКЕНТ, "
                                      "УЛ. КАПАЛ БАТЫРА, 5"},
        "country_of_dispatch": "UZ",
        "country_of_origin": "UZ",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 2, "details": "HOWO 01 775 KBA, HOWO 01 776 KBA "
                                                        "ЦЕМЕНТОВОЗЫ", "country": "860"},
        "vehicle_at_border": {"count": 2, "details": "HOWO 01 775 KBA, HOWO 01 776 KBA "
                                                     "ЦЕМЕНТОВОЗЫ", "country": "860"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "Т/П «ЖІБЕК ЖОЛЫ», ДГД ПО ТУРКЕСТАНСКОЙ ОБЛАСТИ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ООО «НАВОИ ЦЕМЕНТ ТРАНС», 210100, УЗБЕКИСТАН, Г. НАВОИ, УЛ. ГАЛАБА, 3",
            "undertaking": UNDERTAKING_RU,
            "representative": "ТУРСУНОВ Б.Х.",
            "deadline": "2026-11-21",
        },
        "destination_office": office("58102"),
        "place_and_date": {"place": "Т/П «ЖІБЕК ЖОЛЫ», ООО «НАВОИ ЦЕМЕНТ ТРАНС»",
                           "date": "2026-11-19"},
        "delivery_address": "160000, Г. ШЫМКЕНТ, УЛ. КАПАЛ БАТЫРА, 5, СВХ ТОО «ОҢТҮСТІК ТЕРМИНАЛ»",
        "stamp_c": {"office": "Т/П «ЖІБЕК ЖОЛЫ»", "inspector": "ӘБДІРАХМАНОВ Н.С.",
                    "personal_seal": "0091", "date": "2026-11-19"},
        "distance_km": 110,
    }


# 30 items: the main sheet carries item 1, each additional sheet three, the
# last two (1 + 9 x 3 + 2 = 30 items on 11 sheets).
AUTO_PARTS = [
    ("КОЛОДКИ ТОРМОЗНЫЕ ДИСКОВЫЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN, АРТ. DZ9100443080, 400 КОМПЛЕКТОВ", "8708301009", 1460, 1380, 98000.00),
    ("ДИСКИ ТОРМОЗНЫЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ HOWO, ДИАМЕТР 430 ММ, 120 ШТ", "8708309109", 3480, 3360, 72000.00),
    ("БАРАБАНЫ ТОРМОЗНЫЕ ЗАДНИЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ FAW J6, 80 ШТ", "8708309109", 4160, 4000, 56000.00),
    ("ДИСКИ СЦЕПЛЕНИЯ ВЕДОМЫЕ 430 ММ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN, 150 ШТ", "8708939009", 1350, 1280, 45000.00),
    ("КОРЗИНЫ СЦЕПЛЕНИЯ 430 ММ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN, 150 ШТ", "8708939009", 3150, 3000, 67500.00),
    ("АМОРТИЗАТОРЫ ПОДВЕСКИ КАБИНЫ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ HOWO, 200 ШТ", "8708803500", 760, 700, 22000.00),
    ("РЕССОРЫ ЛИСТОВЫЕ ПЕРЕДНИЕ, 10 ЛИСТОВ, ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN, 40 ШТ", "7320101100", 4880, 4800, 52000.00),
    ("ФИЛЬТРЫ МАСЛЯНЫЕ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP10, 1000 ШТ", "8421230000", 1120, 1000, 18000.00),
    ("ФИЛЬТРЫ ТОПЛИВНЫЕ ТОНКОЙ ОЧИСТКИ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP12, 1000 ШТ", "8421230000", 860, 780, 16000.00),
    ("ФИЛЬТРЫ ВОЗДУШНЫЕ K2841 ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ HOWO, 300 ШТ", "8421310000", 1470, 1350, 24000.00),
    ("СТАРТЕРЫ 24 В, 7,5 КВТ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI, 60 ШТ", "8511400009", 840, 780, 54000.00),
    ("ГЕНЕРАТОРЫ 28 В, 70 А ДЛЯ ДВИГАТЕЛЕЙ WEICHAI, 60 ШТ", "8511500009", 690, 630, 48000.00),
    ("ФАРЫ ГОЛОВНОГО СВЕТА ЛЕВЫЕ И ПРАВЫЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN X3000, 100 ШТ", "8512200009", 620, 500, 35000.00),
    ("ФОНАРИ ЗАДНИЕ КОМБИНИРОВАННЫЕ 24 В, 200 ШТ", "8512200009", 380, 300, 12000.00),
    ("РАДИАТОРЫ ОХЛАЖДЕНИЯ АЛЮМИНИЕВЫЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ HOWO, 30 ШТ", "8708913509", 1290, 1200, 57000.00),
    ("НАСОСЫ ВОДЯНЫЕ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP10, 80 ШТ", "8413302009", 520, 480, 25600.00),
    ("РЕМНИ ПРИВОДНЫЕ ПОЛИКЛИНОВЫЕ 8PK1795, 500 ШТ", "4010320000", 210, 190, 7500.00),
    ("ПОДШИПНИКИ СТУПИЦ КОНИЧЕСКИЕ РОЛИКОВЫЕ 32314, 240 ШТ", "8482200009", 720, 690, 19200.00),
    ("ОПОРЫ ШАРОВЫЕ НИЖНИЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ FAW, 200 ШТ", "8708803500", 430, 400, 11000.00),
    ("ТЯГИ РУЛЕВЫЕ ПОПЕРЕЧНЫЕ В СБОРЕ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ HOWO, 60 ШТ", "8708943509", 1080, 1020, 21000.00),
    ("ЗЕРКАЛА ЗАДНЕГО ВИДА С ПОДОГРЕВОМ ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ SHACMAN, 120 ШТ", "7009100000", 540, 480, 14400.00),
    ("ЩЕТКИ СТЕКЛООЧИСТИТЕЛЯ 650 ММ, 600 ШТ", "8512400009", 240, 210, 4800.00),
    ("ШИНЫ ПНЕВМАТИЧЕСКИЕ РАДИАЛЬНЫЕ 315/80 R22,5 ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ, 48 ШТ", "4011200900", 3120, 3070, 67200.00),
    ("КАМЕРЫ РЕЗИНОВЫЕ 12.00-20 ДЛЯ ГРУЗОВЫХ АВТОМОБИЛЕЙ, 100 ШТ", "4013100000", 720, 680, 9000.00),
    ("ПРОКЛАДКИ ГОЛОВКИ БЛОКА ЦИЛИНДРОВ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP12, 300 ШТ", "8484100000", 330, 300, 15000.00),
    ("ПОРШНИ С ПАЛЬЦАМИ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP10, 120 ШТ", "8409990009", 560, 520, 26400.00),
    ("КОЛЬЦА ПОРШНЕВЫЕ КОМПЛЕКТНЫЕ ДЛЯ ДВИГАТЕЛЕЙ WEICHAI WP10, 200 КОМПЛЕКТОВ", "8409990009", 90, 80, 13000.00),
    ("ТУРБОКОМПРЕССОРЫ HX50W ДЛЯ ДВИГАТЕЛЕЙ WEICHAI, 30 ШТ", "8414805900", 570, 510, 63000.00),
    ("ФОРСУНКИ ТОПЛИВНЫЕ BOSCH 0445120224, 120 ШТ", "8409990009", 150, 120, 78000.00),
    ("ДАТЧИКИ ДАВЛЕНИЯ МАСЛА 24 В, 300 ШТ", "9026204000", 75, 60, 9600.00),
]


def multi_sheet():
    """ИМ by road from China, 30 items on 11 sheets (column 3 on every sheet)."""
    rate, cur = 71.35, "156"
    items = []
    for n, (desc, code, gross, net, value) in enumerate(AUTO_PARTS, start=1):
        docs = []
        if n == 1:
            docs = [("2", "CMR 0118823 ОТ 07.11.2026"),
                    ("7A", "INVOICE SX-2026-1104 ОТ 04.11.2026"),
                    ("7B", "0077/501/06116/0412")]
        items.append(item(n, desc, code, gross, net, value, rate, cur, docs))
    chunks = [items[:1]] + [items[i:i + 3] for i in range(1, len(items), 3)]
    assert len(chunks) == 11 and [len(c) for c in chunks] == [1] + [3] * 9 + [2]
    sheets = [{"forms": {"sheet": i, "total": len(chunks)}, "items": c}
              for i, c in enumerate(chunks, start=1)]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "XI'AN SHAANQI AUTO PARTS IMPORT AND EXPORT CO., LTD, 710200, CHINA, "
                     "SHAANXI, XI'AN, JINGWEI INDUSTRIAL PARK",
        "total_items": 30,
        "packages": 52,
        "reference_number": "39001/09116/01877",
        "consignee": {"name_address": "ТОО «АЛМАТЫ ТРАК СЕРВИС», 050031, Г. АЛМАТЫ, "
                                      "УЛ. ВОЛОЧАЕВСКАЯ, 45"},
        "country_of_dispatch": "CN",
        "country_of_origin": "CN",
        "country_of_destination": "KZ",
        "vehicle_at_departure": {"count": 1, "details": "SHACMAN X3000 123AKZ05 / "
                                                        "ПОЛУПРИЦЕП 45BKA05", "country": "398"},
        "vehicle_at_border": {"count": 1, "details": "SHACMAN X3000 123AKZ05 / "
                                                     "ПОЛУПРИЦЕП 45BKA05", "country": "398"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "30",
        "border_office": "Т/П «ҚОРҒАС», ДГД ПО ОБЛАСТИ ЖЕТІСУ",
        "sheets": sheets,
        "principal": {
            "carrier": "ТОО «ЖЕТІСУ ЛОГИСТИКА», 040000, Г. ТАЛДЫКОРГАН, УЛ. ТӘУЕЛСІЗДІК, 61",
            "undertaking": UNDERTAKING_RU,
            "representative": "ҚОЖАХМЕТОВ Е.Б.",
            "deadline": "2026-11-13",
        },
        "destination_office": office("50101"),
        "place_and_date": {"place": "Т/П «ҚОРҒАС», ТОО «ЖЕТІСУ ЛОГИСТИКА»", "date": "2026-11-09"},
        "delivery_address": "050031, Г. АЛМАТЫ, УЛ. ВОЛОЧАЕВСКАЯ, 45, СВХ ТОО «ТРАК ТЕРМИНАЛ»",
        "stamp_c": {"office": "Т/П «ҚОРҒАС»", "inspector": "ОМАРОВ Д.Б.",
                    "personal_seal": "0054", "date": "2026-11-09"},
        "distance_km": 380,
    }


def air():
    """ИМ by air from Germany, registered on the reference date itself: an
    item under 1 kg (gross not rounded), a 4-digit heading in column 33, a
    free-of-charge item (column 42 = 0), numeric country codes in 15-17, a
    goods list (column 4), an empty unused column, net weight with decimals,
    and a column 46 one hundredth off (within rounding)."""
    rate, cur = 548.27, "978"
    items = [
        item(1, "КАТЕТЕРЫ ВНУТРИВЕННЫЕ ПЕРИФЕРИЧЕСКИЕ B. BRAUN VASOFIX SAFETY 20G, 50 ШТ",
             "9018", 0.8, 0.65, 145.00, rate, cur,
             [("2", "AWB 020-48812273"),
              ("7A", "INVOICE 7700412 ОТ 18.11.2026")]),
        item(2, "ИНФУЗОМАТЫ B. BRAUN INFUSOMAT SPACE, ОБЪЕМНЫЕ ИНФУЗИОННЫЕ НАСОСЫ, 4 ШТ",
             "9018908409", 26, 17.6, 9840.00, rate, cur,
             statistical=float(usd(9840.00, cur, rate) + Decimal("0.01"))),
        item(3, "ОБРАЗЦЫ ИНФУЗИОННЫХ МАГИСТРАЛЕЙ B. BRAUN, БЕЗВОЗМЕЗДНО, 20 ШТ",
             "9018390000", 1, 0.9, 0.00, rate, cur),
    ]
    return {
        "declaration_type": {"direction": "ИМ", "second": None, "third": "ДКД"},
        "consignor": "B. BRAUN MELSUNGEN AG, CARL-BRAUN-STRASSE 1, 34212 MELSUNGEN, GERMANY",
        "loading_lists": 1,
        "total_items": 3,
        "packages": 4,
        "reference_number": "50103/22116/00964",
        "consignee": {"name_address": "ТОО «МЕДСНАБ-АЛМАТЫ», 050010, Г. АЛМАТЫ, УЛ. ФУРМАНОВА, 65"},
        "country_of_dispatch": "276",
        "country_of_origin": "276",
        "country_of_destination": "398",
        "vehicle_at_departure": {"count": 1, "details": "FORD TRANSIT 789BCA02", "country": "398"},
        "vehicle_at_border": {"count": 1, "details": "BOEING 767-300F D-ALCA, РЕЙС LH8380",
                              "country": "276"},
        "invoice": {"currency": cur, "total": total(items)},
        "exchange_rate": rate,
        "transport_mode": "40",
        "border_office": "Т/П «АЛМАТЫ-АЭРОПОРТ», ДГД ПО Г. АЛМАТЫ",
        "sheets": [{"forms": None, "items": items}],
        "principal": {
            "carrier": "ТОО «МЕДСНАБ-АЛМАТЫ», 050010, Г. АЛМАТЫ, УЛ. ФУРМАНОВА, 65",
            "undertaking": UNDERTAKING_RU,
            "representative": "ЛИ В.Е.",
            "deadline": "2026-11-23",
        },
        "destination_office": office("50101"),
        "place_and_date": {"place": "АЭРОПОРТ АЛМАТЫ, ТОО «МЕДСНАБ-АЛМАТЫ»", "date": "2026-11-22"},
        "delivery_address": "050010, Г. АЛМАТЫ, УЛ. ФУРМАНОВА, 65, СВХ ТОО «МЕДСНАБ-АЛМАТЫ»",
        "stamp_c": {"office": "Т/П «АЛМАТЫ-АЭРОПОРТ»", "inspector": "ТӨЛЕУОВА А.М.",
                    "personal_seal": "0505", "date": "2026-11-22"},
        "distance_km": 25,
        "other_columns": {"12": ""},
    }


def filled_44_and_50(doc):
    """Column 44 on every item gives the transport document (code 2, R1 §8):
    items without their own line repeat the consignment's (appended, so the
    hand-written lines keep their indices); column 50 is signed by hand."""
    items = [i for s in doc["sheets"] for i in s["items"]]
    transport = next(d["text"] for i in items for d in i["documents"] if d["code"] == "2")
    for i in items:
        if not any(d["code"] == "2" for d in i["documents"]):
            i["documents"].append({"code": "2", "text": transport})
    doc["principal"]["signed"] = True
    return doc


BASES = {
    "import_road": import_road(),
    "transit_eseal": transit_eseal(),
    "internal_transit": internal_transit(),
    "foreign_territory_escort": foreign_territory_escort(),
    "rail": rail(),
    "sea_containers": sea_containers(),
    "bulk": bulk(),
    "multi_sheet": multi_sheet(),
    "air": air(),
}
for _doc in BASES.values():
    filled_44_and_50(_doc)
BASE_OPTIONS = {"transit_eseal": ESEAL_BOTH}


# --------------------------------------------------------------------------
# Self-checks of the valid documents against SPEC §2 and §3.

def walk_strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from walk_strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from walk_strings(v)


def check_valid(name, doc, opts):
    items = [i for s in doc["sheets"] for i in s["items"]]
    start = dcd_date(doc["reference_number"])
    assert doc["total_items"] == len(items), name
    assert [i["item_number"] for i in items] == list(range(1, len(items) + 1)), name
    assert money(doc["invoice"]["total"]) == sum(money(i["invoice_value"]) for i in items), name
    cur, rate = doc["invoice"]["currency"], doc["exchange_rate"]
    usd_known = opts.get("usd_rate") is not None
    for i in items:
        # R1 §9 col. 35: a gross over 1 kg written whole was rounded half up,
        # so the net may be up to 0.5 kg above it (SPEC §3, col. 35/38).
        rounded = i["gross_kg"] > 1 and float(i["gross_kg"]).is_integer()
        slack = Decimal("0.5") if rounded else 0
        assert i["gross_kg"] > 0 and i["net_kg"] > 0, (name, i)
        assert money(i["net_kg"]) <= money(i["gross_kg"]) + slack, (name, i)
        assert i["gross_kg"] <= 1 or float(i["gross_kg"]).is_integer(), (name, i)
        code = i["commodity_code"]
        assert code.isascii() and code.isdigit() and len(code) in (4, 10), (name, code)
        assert i["invoice_value"] >= 0
        if usd_known and i.get("statistical_value") is not None:
            exact = money(i["invoice_value"]) * (1 if cur == "840" else money(rate) / USD_RATE)
            # within one hundredth, and not at a rounding edge
            assert abs(money(i["statistical_value"]) - exact) < Decimal("0.015"), (name, i)
        if "containers" in i:
            assert i["containers"]["count"] == len(i["containers"]["numbers"])
            for c in i["containers"]["numbers"]:
                assert iso6346(c[:10]) == c, c
        heading = HEADINGS.get(code[:4])
        assert heading is None or " ".join(i["description"].split()) != heading, (name, i)
    if doc.get("bulk_cargo"):
        assert doc["packages"] == 0
    else:
        assert doc["packages"] > 0, name                    # DCD.6.ZERO
    boxed = [i["containers"] for i in items if "containers" in i]
    if boxed:                                               # DCD.6.CONTAINERS
        count = len({n for k in boxed for n in k["numbers"]})
        assert count == doc["packages"] if len(boxed) == len(items) else count <= doc["packages"]
    for i in items:                                         # DCD.44.REQUIRED
        assert any(d["code"] == "2" and d["text"].strip() for d in i["documents"]), (name, i)
    p = doc["principal"]                                    # DCD.50.*
    assert p["carrier"] and p["undertaking"] and p["representative"] and p["signed"], name
    dest = doc["destination_office"]["code"]                # DCD.53.CODE
    assert dest in OFFICES, name
    if len(doc["sheets"]) > 1:
        for n, s in enumerate(doc["sheets"], start=1):
            assert s["forms"] == {"sheet": n, "total": len(doc["sheets"])}, name
    assert start <= REFERENCE, name
    for i in items:
        for d in i["documents"]:
            if d["code"] in ("7B", "7C"):
                taken = number_date(d["text"].split()[0].split("/")[-2])
                assert taken <= REFERENCE, d
            if d["code"] == "7B":                           # DCD.44.7B.OFFICE / .DATE
                assert d["text"].split("/")[1] == dest[:3], (name, d)
                assert taken <= start, (name, d)
            if d["code"] == "7C":                           # DCD.44.7C.DATE
                last = d["text"].split()[-1]
                fmt = "%Y-%m-%d" if "-" in last else "%d.%m.%Y"
                written = datetime.datetime.strptime(last, fmt).date()
                assert written == taken, (name, d)
    if doc.get("escort_number"):
        assert number_date(doc["escort_number"].split("-")[2]) <= REFERENCE
    deadline = datetime.date.fromisoformat(doc["principal"]["deadline"])
    km = doc.get("distance_km", opts.get("distance_km"))
    if km is not None:
        assert start <= deadline <= limit(start, km, opts.get("convention", "calendar")), (
            name, start, deadline, limit(start, km))
    # The identification means' kinds are names of the library (seal_screw),
    # not text of the form: only the form's texts are in capitals.
    for s in walk_strings({k: v for k, v in doc.items() if k != "identification"}):
        assert not any(ch.islower() for ch in s), (name, s)


for _name, _doc in BASES.items():
    check_valid(_name, _doc, {**OPTIONS, **BASE_OPTIONS.get(_name, {})})

# The limits the hand-written deadlines were chosen against (SPEC §2).
D = datetime.date
assert limit(D(2026, 10, 14), 160) == D(2026, 10, 17)   # import_road: +3 days
assert limit(D(2026, 9, 2), 1050) == D(2026, 9, 18)     # transit_eseal: +16 days
assert limit(D(2026, 7, 21), 1210) == D(2026, 8, 9)     # internal_transit: +19 days
assert limit(D(2026, 7, 21), 2000) == D(2026, 8, 21)    # one calendar month
assert limit(D(2026, 7, 21), 2000, "thirty_day") == D(2026, 8, 20)
assert limit(D(2026, 11, 5), 480) == D(2026, 11, 13)    # foreign_territory_escort: +8
assert limit(D(2026, 8, 18), 560) == D(2026, 8, 27)     # rail: +9
assert limit(D(2026, 1, 31), 3050) == D(2026, 3, 16)    # sea: 28 Feb + 16 days
assert limit(D(2026, 1, 31), 3050, "thirty_day") == D(2026, 3, 18)
assert limit(D(2026, 11, 19), 110) == D(2026, 11, 21)   # bulk: +2
assert limit(D(2026, 11, 9), 380) == D(2026, 11, 15)    # multi_sheet: +6
assert limit(D(2026, 11, 22), 25) == D(2026, 11, 23)    # air: +1
assert limit(D(2026, 10, 14), 60) == D(2026, 10, 15)    # import_road at 60 km
assert limit(D(2025, 10, 14), 160) == D(2025, 10, 17)   # year digit 5


# --------------------------------------------------------------------------
# Patching.

DELETE = object()


def set_path(doc, path, value):
    keys = [int(k) if k.isdigit() else k for k in path.split(".")]
    target = doc
    for k in keys[:-1]:
        target = target[k]
    if value is DELETE:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value


def patch(base, edits=(), fn=None):
    doc = copy.deepcopy(BASES[base])
    for path, value in edits:
        set_path(doc, path, value)
    if fn is not None:
        fn(doc)
    return doc


VALID = []
INVALID = []


def valid(name, base, edits=(), fn=None, options=None):
    doc = patch(base, edits, fn)
    opts = {**BASE_OPTIONS.get(base, {}), **(options or {})}
    check_valid(name, doc, {**OPTIONS, **opts})
    case = {"name": name, "document": doc}
    if opts:
        case["options"] = opts
    VALID.append(case)


def invalid(name, base, rules, edits=(), fn=None, options=None, note=None):
    doc = patch(base, edits, fn)
    opts = {**BASE_OPTIONS.get(base, {}), **(options or {})}
    case = {"name": name}
    if note:
        case["note"] = note
    case["document"] = doc
    if opts:
        case["options"] = opts
    assert rules == sorted(set(rules)), (name, rules)
    case["rules"] = rules
    INVALID.append(case)


I1 = "sheets.0.items.0"  # first item of the main sheet
I2 = "sheets.0.items.1"
I3 = "sheets.0.items.2"


# --------------------------------------------------------------------------
# Valid cases.

valid("ИМ road, every column 44 code (2, 7A, 7B, 7C, 7D)", "import_road")
valid("ТР road CN -> UZ with an electronic seal, both offices automated", "transit_eseal")
valid("ВТ road Almaty -> Astana in euros, arrived (stamp D)", "internal_transit")
valid("ТТ road Oral -> Aktobe across Russia, in Kazakh, escorted (column 9)",
      "foreign_territory_escort")
valid("ИМ rail (mode 20) with the consignee's station code", "rail")
valid("ИМ sea in three ISO 6346 containers; deadline exactly on the limit", "sea_containers")
valid("ИМ cement in bulk: column 6 is 0", "bulk")
valid("ИМ 30 items on 11 sheets (1 + 9 x 3 + 2), column 3 on every sheet", "multi_sheet")
valid("ИМ air registered on the reference date; gross 0.8 kg, heading-only code, "
      "free item, numeric countries, goods list, column 46 off by one hundredth", "air")
valid("only the departure office runs the automated system: no e-seal needed",
      "transit_eseal", [("principal.eseal", DELETE)],
      options={"eseal": {"departure": True, "destination": False}})
valid("the document's own distance wins over the options' distance", "import_road",
      options={"distance_km": 50},
      )
valid("calendar convention: one month for 2000 km (21 Jul -> 21 Aug)", "internal_transit",
      [("distance_km", 2000), ("principal.deadline", "2026-08-21")])
valid("thirty_day convention: 46 days for 3050 km is later than the calendar limit",
      "sea_containers", [("principal.deadline", "2026-03-18")],
      options={"convention": "thirty_day"})
valid("US dollar rate unknown: column 46 is not checked", "import_road",
      [(I1 + ".statistical_value", 1.0)], options={"usd_rate": None})
valid("Cyrillic look-alike code 7В in column 44 (as the source text writes it)",
      "import_road", [(I1 + ".documents.2.code", "7В")])
valid("1: direction TP typed in Latin look-alikes reads as ТР (as 7В in column 44)",
      "transit_eseal", [("declaration_type.direction", "TP")])
valid("1: direction TT and third subdivision ДKД with a Latin K", "foreign_territory_escort",
      [("declaration_type.direction", "TT"), ("declaration_type.third", "ДKД")])
valid("6: one container carries goods of both items and counts once", "sea_containers",
      [(I2 + ".containers.numbers", CONTAINERS[1:2]), ("packages", 2)])
valid("6: only some goods in containers: column 6 counts them and the other packages",
      "sea_containers", [(I2 + ".containers", DELETE), ("packages", 98)])
valid("38: net up to 0.5 kg above a gross rounded to whole kilograms (R1 §9 col. 35)",
      "import_road", [(I1 + ".net_kg", 14870.5)])
valid("44: 7C date written as YYYY-MM-DD", "import_road",
      [(I2 + ".documents.0.text", "55201/13106/00088 2026-10-13")])
valid("44: 7B registered on the day of the DCD", "import_road",
      [(I1 + ".documents.2.text", "0042/151/14106/0089")])
valid("second subdivision of column 1 given as an empty string", "import_road",
      [("declaration_type.second", "")])
valid("deadline on the day of registration", "import_road",
      [("principal.deadline", "2026-10-14")])
valid("year digit 4 resolves to 2024: 29 February 2024 is a date", "import_road",
      [("reference_number", "55201/29024/00317"), ("principal.deadline", "2024-03-03"),
       ("place_and_date.date", "2024-02-29"), ("stamp_c.date", "2024-02-29")],
      fn=lambda d: d["sheets"][0]["items"][0]["documents"][2].update(
          text="0042/151/27024/0089"))


# --------------------------------------------------------------------------
# Invalid cases: one rule each unless the name says otherwise.

# Column 1.
invalid("1: unknown direction ЭК", "import_road", ["DCD.1.DIRECTION"],
        [("declaration_type.direction", "ЭК")])
invalid("1: direction in lower case тр", "transit_eseal", ["DCD.1.DIRECTION"],
        [("declaration_type.direction", "тр")])
invalid("1: Latin IM is not ИМ (Latin I is no look-alike of И)", "import_road",
        ["DCD.1.DIRECTION"], [("declaration_type.direction", "IM")])
invalid("1: direction missing", "import_road", ["DCD.1.DIRECTION"],
        [("declaration_type.direction", None)])
invalid("1: second subdivision filled", "import_road", ["DCD.1.SECOND"],
        [("declaration_type.second", "40")])
invalid("1: third subdivision ЖБК with a Russian К", "foreign_territory_escort",
        ["DCD.1.THIRD"], [("declaration_type.third", "ЖБК")])
invalid("1: third subdivision ТД", "import_road", ["DCD.1.THIRD"],
        [("declaration_type.third", "ТД")])
invalid("1: third subdivision missing", "import_road", ["DCD.1.THIRD"],
        [("declaration_type.third", None)])

# Column 2.
invalid("2: consignor missing", "import_road", ["DCD.2.REQUIRED"], [("consignor", None)])
invalid("2: consignor blank", "import_road", ["DCD.2.REQUIRED"], [("consignor", "   ")])

# Column 3.
invalid("3: additional sheet 4 without column 3", "multi_sheet", ["DCD.3.MISSING"],
        [("sheets.3.forms", None)])
invalid("3: main sheet without column 3", "multi_sheet", ["DCD.3.MISSING"],
        [("sheets.0.forms", None)])
invalid("3: ordinal 0", "multi_sheet", ["DCD.3.RANGE"], [("sheets.4.forms.sheet", 0)])
invalid("3: ordinal 12 of 11", "multi_sheet", ["DCD.3.RANGE"], [("sheets.10.forms.sheet", 12)])
invalid("3: every sheet says 12 sheets, 11 presented", "multi_sheet", ["DCD.3.TOTAL"],
        fn=lambda d: [s["forms"].update(total=12) for s in d["sheets"]])
invalid("3: every sheet says 10 sheets: sheet 11 is out of range too", "multi_sheet",
        ["DCD.3.RANGE", "DCD.3.TOTAL"],
        fn=lambda d: [s["forms"].update(total=10) for s in d["sheets"]])
invalid("3: single sheet marked as sheet 2 of 1", "import_road", ["DCD.3.RANGE"],
        [("sheets.0.forms", {"sheet": 2, "total": 1})],
        note="column 3 is filled only where additional sheets are used, but where it is "
             "filled an ordinal above the total is out of range (SPEC §3 DCD.3.RANGE)")
invalid("3: sheets 2 and 3 both numbered 2", "multi_sheet", ["DCD.3.ORDINAL"],
        [("sheets.2.forms.sheet", 2)])
invalid("3: main sheet numbered 2, the first additional sheet 1", "multi_sheet",
        ["DCD.3.ORDINAL"], [("sheets.0.forms.sheet", 2), ("sheets.1.forms.sheet", 1)],
        note="each ordinal once, but the main sheet must come first")
invalid("3: every sheet says 12, the last is numbered 12: ordinal 11 is missing",
        "multi_sheet", ["DCD.3.ORDINAL", "DCD.3.TOTAL"],
        fn=lambda d: [s["forms"].update(total=12) for s in d["sheets"]]
        + [d["sheets"][10]["forms"].update(sheet=12)])
invalid("3: two sheets, both numbered 1", "multi_sheet",
        ["DCD.22.TOTAL", "DCD.3.ORDINAL", "DCD.5.ITEM_COUNT"],
        fn=lambda d: d.update(sheets=[d["sheets"][0],
                                      {**d["sheets"][1], "forms": {"sheet": 1, "total": 2}}])
        or [s["forms"].update(total=2) for s in d["sheets"]])
invalid("several rules: the last additional sheet is lost (10 of 11 sheets, 28 of 30 items)",
        "multi_sheet", ["DCD.22.TOTAL", "DCD.3.TOTAL", "DCD.5.ITEM_COUNT"],
        fn=lambda d: d["sheets"].pop())

# Column 4.
invalid("4: goods list of 0 sheets", "air", ["DCD.4.RANGE"], [("loading_lists", 0)])
invalid("4: goods list of -2 sheets", "air", ["DCD.4.RANGE"], [("loading_lists", -2)])

# Column 5.
invalid("5: total items 2 for 3 items", "import_road", ["DCD.5.ITEM_COUNT"], [("total_items", 2)])
invalid("5: total items missing", "import_road", ["DCD.5.ITEM_COUNT"], [("total_items", None)])
invalid("5: only the main sheet's item counted", "multi_sheet", ["DCD.5.ITEM_COUNT"],
        [("total_items", 1)])
invalid("several rules: an item removed, columns 5 and 22 not updated", "import_road",
        ["DCD.22.TOTAL", "DCD.5.ITEM_COUNT"], fn=lambda d: d["sheets"][0]["items"].pop())

# Column 6.
invalid("6: negative packages", "import_road", ["DCD.6.NEGATIVE"], [("packages", -27)])
invalid("6: packages missing", "import_road", ["DCD.6.NEGATIVE"], [("packages", None)])
invalid("6: bulk cargo with 2 packages", "bulk", ["DCD.6.BULK"], [("packages", 2)])
invalid("6: 0 packages for goods not declared bulk", "import_road", ["DCD.6.ZERO"],
        [("packages", 0)])
invalid("6: bulk cargo not declared bulk shows 0", "bulk", ["DCD.6.ZERO"],
        [("bulk_cargo", False)])
invalid("6: three containers in column 31, four packages in column 6", "sea_containers",
        ["DCD.6.CONTAINERS"], [("packages", 4)])
invalid("6: three containers in column 31, two packages in column 6", "sea_containers",
        ["DCD.6.CONTAINERS"], [("packages", 2)])
invalid("6: some goods in two containers, column 6 says one package", "sea_containers",
        ["DCD.6.CONTAINERS"], [(I2 + ".containers", DELETE), ("packages", 1)])

# Column 7 and NUM.* on it.
invalid("7: reference number missing", "import_road", ["DCD.7.REQUIRED"],
        [("reference_number", None)])
invalid("7: reference number empty", "import_road", ["DCD.7.REQUIRED"],
        [("reference_number", "")])
invalid("7 NUM.FORMAT: four-digit sequence", "import_road", ["NUM.FORMAT"],
        [("reference_number", "55201/14106/0317")])
invalid("7 NUM.FORMAT: dashes instead of slashes", "import_road", ["NUM.FORMAT"],
        [("reference_number", "55201-14106-00317")])
invalid("7 NUM.FORMAT: leading space", "import_road", ["NUM.FORMAT"],
        [("reference_number", " 55201/14106/00317")])
invalid("7 NUM.DATE: 29 February 2026", "import_road", ["NUM.DATE"],
        [("reference_number", "55201/29026/00317")])
invalid("7 NUM.DATE: 29 February 2025 (year digit 5)", "import_road", ["NUM.DATE"],
        [("reference_number", "55201/29025/00317")])
invalid("7 NUM.DATE: month 13", "import_road", ["NUM.DATE"],
        [("reference_number", "55201/14136/00317")])
invalid("7 NUM.OFFICE: office not in the directory", "import_road", ["NUM.OFFICE"],
        [("reference_number", "99999/14106/00317")])
invalid("7 NUM.OFFICE: office all zeros", "import_road", ["NUM.OFFICE"],
        [("reference_number", "00000/14106/00317")])
invalid("7 NUM.SEQUENCE: sequence all zeros", "import_road", ["NUM.SEQUENCE"],
        [("reference_number", "55201/14106/00000")])
invalid("7 NUM.FUTURE: registered the day after the reference date", "import_road",
        ["NUM.FUTURE"],
        [("reference_number", "55201/23116/00317"), ("principal.deadline", "2026-11-25"),
         ("place_and_date.date", "2026-11-23"), ("stamp_c.date", "2026-11-23")],
        note="the deadline is within the limit from 23 Nov, so TERM.* holds either way")
invalid("7 NUM.FUTURE: reference date 13 Oct 2026 in the options", "import_road",
        ["NUM.FUTURE"], options={"reference": "2026-10-13"},
        note="column 7 is 14 Oct; 7B (12 Oct) and 7C (13 Oct) are not after the reference")

# Column 8.
invalid("8: consignee missing", "import_road", ["DCD.8.REQUIRED"], [("consignee", None)])
invalid("8: consignee address blank", "import_road", ["DCD.8.REQUIRED"],
        [("consignee.name_address", "")])
invalid("8: rail without the station code", "rail", ["DCD.8.RAIL_STATION"],
        [("consignee.rail_station", DELETE)])
invalid("8: rail with a blank station code", "rail", ["DCD.8.RAIL_STATION"],
        [("consignee.rail_station", " ")])
invalid("several rules: rail without column 8 at all", "rail",
        ["DCD.8.RAIL_STATION", "DCD.8.REQUIRED"], [("consignee", None)])

# Column 9 and NUM.* on the escort number.
invalid("9: slashes instead of dashes", "foreign_territory_escort", ["DCD.9.FORMAT"],
        [("escort_number", "0007/27101/04116")])
invalid("9: sequence not zero-padded", "foreign_territory_escort", ["DCD.9.FORMAT"],
        [("escort_number", "7-27101-04116")])
invalid("9: a DCD number instead of an escort number", "foreign_territory_escort",
        ["DCD.9.FORMAT"], [("escort_number", "27101/04116/00007")])
invalid("9 NUM.SEQUENCE: escort sequence all zeros", "foreign_territory_escort",
        ["NUM.SEQUENCE"], [("escort_number", "0000-27101-04116")])
invalid("9 NUM.OFFICE: escort office not in the directory", "foreign_territory_escort",
        ["NUM.OFFICE"], [("escort_number", "0007-99999-04116")])
invalid("9 NUM.OFFICE: escort office all zeros", "foreign_territory_escort",
        ["NUM.OFFICE"], [("escort_number", "0007-00000-04116")])
invalid("9 NUM.DATE: 31 November", "foreign_territory_escort", ["NUM.DATE"],
        [("escort_number", "0007-27101-31116")])
invalid("9 NUM.FUTURE: escort decision dated 25 Nov 2026", "foreign_territory_escort",
        ["NUM.FUTURE"], [("escort_number", "0007-27101-25116")])

# Columns 15-17.
invalid("15: country of dispatch as alpha-3 RUS", "import_road", ["DCD.15.COUNTRY"],
        [("country_of_dispatch", "RUS")])
invalid("15: country of dispatch missing", "import_road", ["DCD.15.COUNTRY"],
        [("country_of_dispatch", None)])
invalid("16: country of origin ZZ", "import_road", ["DCD.16.COUNTRY"],
        [("country_of_origin", "ZZ")])
invalid("16: country of origin by name", "transit_eseal", ["DCD.16.COUNTRY"],
        [("country_of_origin", "КИТАЙ")])
invalid("17: country of destination 999", "import_road", ["DCD.17.COUNTRY"],
        [("country_of_destination", "999")])
invalid("15: numeric code without its leading zero (Azerbaijan 031 as 31)", "sea_containers",
        ["DCD.15.COUNTRY"], [("country_of_dispatch", "31")],
        note="documents write numeric codes with three digits")

# Columns 18 and 21.
invalid("18: no vehicles", "import_road", ["DCD.18.COUNT"], [("vehicle_at_departure.count", 0)])
invalid("18: vehicle count missing", "import_road", ["DCD.18.COUNT"],
        [("vehicle_at_departure.count", None)])
invalid("18: country as alpha-2 (must be numeric)", "import_road", ["DCD.18.COUNTRY"],
        [("vehicle_at_departure.country", "RU")])
invalid("18: country numeric but unknown", "rail", ["DCD.18.COUNTRY"],
        [("vehicle_at_departure.country", "000")])
invalid("several rules: column 18 missing entirely", "import_road",
        ["DCD.18.COUNT", "DCD.18.COUNTRY"], [("vehicle_at_departure", None)])
invalid("21: negative vehicle count", "import_road", ["DCD.21.COUNT"],
        [("vehicle_at_border.count", -1)])
invalid("21: ferry flag as alpha-2 AZ", "sea_containers", ["DCD.21.COUNTRY"],
        [("vehicle_at_border.country", "AZ")])
invalid("21: country missing", "transit_eseal", ["DCD.21.COUNTRY"],
        [("vehicle_at_border.country", None)])

# Column 22.
invalid("22: currency as letters RUB", "import_road", ["DCD.22.CURRENCY"],
        [("invoice.currency", "RUB")])
invalid("22: withdrawn rouble code 810 (RUR) instead of 643", "rail", ["DCD.22.CURRENCY"],
        [("invoice.currency", "810")],
        note="810 left ISO 4217 in 1998; 999 (XXX) would not do here, it is an ISO code")
invalid("22: currency missing", "import_road", ["DCD.22.CURRENCY"],
        [("invoice.currency", None)])
invalid("22: total one kopeck above the sum of column 42", "import_road", ["DCD.22.TOTAL"],
        [("invoice.total", 3160400.01)])
invalid("22: total missing", "import_road", ["DCD.22.TOTAL"], [("invoice.total", None)])
invalid("22: total of the main sheet only", "multi_sheet", ["DCD.22.TOTAL"],
        [("invoice.total", 98000.00)])

# Column 23.
invalid("23: exchange rate 0 (dollars: column 46 needs no rate)", "transit_eseal",
        ["DCD.23.POSITIVE"], [("exchange_rate", 0)])
invalid("23: exchange rate negative (dollars)", "transit_eseal", ["DCD.23.POSITIVE"],
        [("exchange_rate", -505.0)])
invalid("23: exchange rate missing (dollars)", "bulk", ["DCD.23.POSITIVE"],
        [("exchange_rate", None)])

# Column 25.
invalid("25: unknown transport mode 35", "import_road", ["DCD.25.CODE"],
        [("transport_mode", "35")])
invalid("25: one digit", "import_road", ["DCD.25.CODE"], [("transport_mode", "3")])
invalid("25: transport mode missing", "import_road", ["DCD.25.CODE"],
        [("transport_mode", None)])

# Column 29.
invalid("29: departure office missing", "import_road", ["DCD.29.REQUIRED"],
        [("border_office", None)])
invalid("29: departure office blank", "import_road", ["DCD.29.REQUIRED"],
        [("border_office", "  ")])

# Column 31.
invalid("31: description missing", "import_road", ["DCD.31.REQUIRED"],
        [(I2 + ".description", None)])
invalid("31: description blank on an additional sheet", "multi_sheet", ["DCD.31.REQUIRED"],
        [("sheets.5.items.1.description", "")])
invalid("31: only the general name of heading 8481", "import_road", ["DCD.31.GENERIC"],
        [(I3 + ".description", HEADINGS["8481"])])
invalid("31: only the general name of heading 9018, heading-only code", "air",
        ["DCD.31.GENERIC"], [(I1 + ".description", HEADINGS["9018"])])
invalid("31: general name, the nomenclature written in lower case", "import_road",
        ["DCD.31.GENERIC"], [(I3 + ".description", HEADINGS["8481"])],
        options={"headings": {"8481": HEADINGS["8481"].capitalize()}},
        note="column 31 is printed in capitals (§8); the heading's name is the same name")
invalid("31: three containers declared, two numbers listed", "sea_containers",
        ["DCD.31.CONTAINERS"], [(I1 + ".containers.count", 3)])
invalid("31: one container declared, two numbers listed", "sea_containers",
        ["DCD.31.CONTAINERS"], [(I2 + ".containers.numbers", CONTAINERS[1:])])

# Column 32.
invalid("32: items numbered 1, 3, 4", "import_road", ["DCD.32.SEQUENCE"],
        [(I2 + ".item_number", 3), (I3 + ".item_number", 4)])
invalid("32: item number missing", "import_road", ["DCD.32.SEQUENCE"],
        [(I1 + ".item_number", None)])
invalid("32: numbering restarts on every additional sheet", "multi_sheet",
        ["DCD.32.SEQUENCE"],
        fn=lambda d: [it.update(item_number=n) for s in d["sheets"][1:]
                      for n, it in enumerate(s["items"], start=1)])

# Column 33.
invalid("33: code with dots", "import_road", ["DCD.33.FORMAT"],
        [(I1 + ".commodity_code", "7305.31.9000")])
invalid("33: code with spaces", "import_road", ["DCD.33.FORMAT"],
        [(I2 + ".commodity_code", "7307 93 000 0")])
invalid("33: nine digits", "import_road", ["DCD.33.FORMAT"],
        [(I3 + ".commodity_code", "848180819")])
invalid("33: six digits (subheading)", "air", ["DCD.33.FORMAT"],
        [(I1 + ".commodity_code", "901839")])
invalid("33: full-width digits", "import_road", ["DCD.33.FORMAT"],
        [(I1 + ".commodity_code", "７３０５３１９０００")])
invalid("33: code missing", "import_road", ["DCD.33.FORMAT"],
        [(I1 + ".commodity_code", None)])

# Column 35.
invalid("35: gross weight missing", "import_road", ["DCD.35.POSITIVE"],
        [(I1 + ".gross_kg", None)])
invalid("35: gross 1480.4 kg not rounded", "import_road", ["DCD.35.ROUNDING"],
        [(I1 + ".gross_kg", 14870.4)])
invalid("35: gross 1.5 kg not rounded (over one kilogram)", "air", ["DCD.35.ROUNDING"],
        [(I3 + ".gross_kg", 1.5)])
invalid("several rules: gross weight 0 is not positive and below the net", "import_road",
        ["DCD.35.POSITIVE", "DCD.38.GT_GROSS"], [(I1 + ".gross_kg", 0)])

# Column 38.
invalid("38: net weight missing", "import_road", ["DCD.38.POSITIVE"], [(I2 + ".net_kg", None)])
invalid("38: net weight 0", "import_road", ["DCD.38.POSITIVE"], [(I2 + ".net_kg", 0)])
invalid("38: net above gross", "import_road", ["DCD.38.GT_GROSS"], [(I1 + ".net_kg", 14900)])
invalid("38: net above gross under one kilogram", "air", ["DCD.38.GT_GROSS"],
        [(I1 + ".net_kg", 0.85)])
invalid("38: net more than 0.5 kg above a rounded gross", "import_road", ["DCD.38.GT_GROSS"],
        [(I1 + ".net_kg", 14870.6)])
invalid("38: gross not rounded is compared as declared", "import_road",
        ["DCD.35.ROUNDING", "DCD.38.GT_GROSS"],
        [(I1 + ".gross_kg", 14870.2), (I1 + ".net_kg", 14870.4)])


# Ranges (the README's "Numbers and their ranges"): a value no document can
# carry is reported under its column's RANGE rule and takes part in no sum
# or comparison.
invalid("35: gross weight 1.7e308 kg on two items (beyond 10^9 kg)", "import_road",
        ["DCD.35.RANGE"], [(I1 + ".gross_kg", 1.7e308), (I2 + ".gross_kg", 1.7e308)],
        note="each item is reported; the net weights are not compared with them")
invalid("35: gross weight just above 10^9 kg", "import_road", ["DCD.35.RANGE"],
        [(I1 + ".gross_kg", 1000000001)])
valid("35: gross weight of exactly 10^9 kg is in range", "import_road",
      [(I1 + ".gross_kg", 1000000000)])
invalid("38: net weight 1e10 kg", "import_road", ["DCD.38.RANGE"], [(I1 + ".net_kg", 1e10)])
invalid("42: values near 1e300 and -1e300 do not sum to column 22", "import_road",
        ["DCD.42.NEGATIVE", "DCD.42.RANGE"],
        [(I1 + ".invoice_value", 1e300), (I2 + ".invoice_value", -1e300)],
        note="the sum of column 42 is unknown, so column 22 is not compared; column 46 "
             "is not converted from a value out of range")
invalid("22 and 42: a total of 1e300 matching one item of 1e300", "import_road",
        ["DCD.22.RANGE", "DCD.42.RANGE"],
        [(I1 + ".invoice_value", 1e300), ("invoice.total", 1e300)])
invalid("22: total above 10^13", "import_road", ["DCD.22.RANGE"], [("invoice.total", 1e14)])
invalid("23: exchange rate 1e200", "import_road", ["DCD.23.RANGE"], [("exchange_rate", 1e200)],
        note="column 46 is not converted at a rate out of range")
invalid("23: exchange rate below 10^-6", "import_road", ["DCD.23.RANGE"],
        [("exchange_rate", 1e-7)])
invalid("46: statistical value 1e14", "import_road", ["DCD.46.RANGE"],
        [(I1 + ".statistical_value", 1e14)])
invalid("6: more than 10^9 packages", "import_road", ["DCD.6.RANGE"],
        [("packages", 1000000001)])
invalid("4: more than 10^9 loading lists", "air", ["DCD.4.RANGE"],
        [("loading_lists", 1000000001)])


def negative_value(d):
    # Item 3 negative, with column 22 and column 46 following it, so that
    # only column 42 is wrong.
    it = d["sheets"][0]["items"][2]
    it["invoice_value"] = -961200.00
    it["statistical_value"] = -float(usd(961200.00, "643", 6.42))
    d["invoice"]["total"] = 1786400.00 + 412800.00 - 961200.00


def missing_value(d):
    it = d["sheets"][0]["items"][2]
    it["invoice_value"] = None
    it["statistical_value"] = None
    d["invoice"]["total"] = 1786400.00 + 412800.00


# Column 42.
invalid("42: negative invoice value (22 and 46 follow it)", "import_road",
        ["DCD.42.NEGATIVE"], fn=negative_value)
invalid("42: invoice value missing (22 without it, no 46)", "import_road",
        ["DCD.42.NEGATIVE"], fn=missing_value)
invalid("several rules: negative invoice value, 22 and 46 not updated", "import_road",
        ["DCD.22.TOTAL", "DCD.42.NEGATIVE", "DCD.46.MISMATCH"],
        [(I3 + ".invoice_value", -961200.00)])

# Column 44 and NUM.* on 7B / 7C.
invalid("44: unknown code 7E", "import_road", ["DCD.44.CODE"],
        [(I3 + ".documents.0.code", "7E")])
invalid("44: lower-case code 7b", "import_road", ["DCD.44.CODE"],
        [(I1 + ".documents.2.code", "7b")])
invalid("44: code with a leading space", "import_road", ["DCD.44.CODE"],
        [(I1 + ".documents.1.code", " 7A")])
invalid("44: code 3 (only items 2 and 7 are filled)", "import_road", ["DCD.44.CODE"],
        [(I1 + ".documents.1.code", "3")])
invalid("44 7B: date group of four digits", "import_road", ["DCD.44.7B"],
        [(I1 + ".documents.2.text", "0042/151/1210/0089")])
invalid("44 7B: a DCD number under 7B", "import_road", ["DCD.44.7B"],
        [(I1 + ".documents.2.text", "55201/12106/00089")])
invalid("44 7B: empty", "import_road", ["DCD.44.7B"], [(I1 + ".documents.2.text", "")])
invalid("44 7B NUM.RECIPIENT: recipient 0000", "import_road", ["NUM.RECIPIENT"],
        [(I1 + ".documents.2.text", "0000/151/12106/0089")])
invalid("44 7B NUM.OFFICE: prefix 999 starts no office in the directory", "import_road",
        ["NUM.OFFICE"], [(I1 + ".documents.2.text", "0042/999/12106/0089")])
invalid("44 7B NUM.OFFICE: prefix 000", "import_road", ["NUM.OFFICE"],
        [(I1 + ".documents.2.text", "0042/000/12106/0089")])
invalid("44 7B NUM.SEQUENCE: sequence 0000", "import_road", ["NUM.SEQUENCE"],
        [(I1 + ".documents.2.text", "0042/151/12106/0000")])
invalid("44 7B NUM.DATE: 31 September", "import_road", ["NUM.DATE"],
        [(I1 + ".documents.2.text", "0042/151/31096/0089")])
invalid("44 7B NUM.FUTURE: dated 30 Nov 2026", "import_road", ["NUM.FUTURE"],
        [(I1 + ".documents.2.text", "0042/151/30116/0089")])
invalid("44 7C: dashes instead of slashes", "import_road", ["DCD.44.7C"],
        [(I2 + ".documents.0.text", "55201-13106-00088 ОТ 13.10.2026")])
invalid("44 7C: a guarantee number under 7C", "internal_transit", ["DCD.44.7C"],
        [(I1 + ".documents.2.code", "7C")])
invalid("44 7C NUM.SEQUENCE: sequence 00000", "import_road", ["NUM.SEQUENCE"],
        [(I2 + ".documents.0.text", "55201/13106/00000 ОТ 13.10.2026")])
invalid("44 7C NUM.OFFICE: office not in the directory", "import_road", ["NUM.OFFICE"],
        [(I2 + ".documents.0.text", "12345/13106/00088 ОТ 13.10.2026")])
invalid("44 7C NUM.DATE: day 32", "import_road", ["NUM.DATE"],
        [(I2 + ".documents.0.text", "55201/32106/00088 ОТ 32.10.2026")])
invalid("44 7C NUM.FUTURE: dated 01 Dec 2026", "bulk", ["NUM.FUTURE"],
        [(I1 + ".documents.2.text", "58101/01126/00412 ОТ 01.12.2026")])
invalid("44: no transport document (code 2) on the first item", "import_road",
        ["DCD.44.REQUIRED"], [(I1 + ".documents.0", DELETE)])
invalid("44: transport document line without its number", "rail", ["DCD.44.REQUIRED"],
        [(I2 + ".documents.0.text", " ")])
invalid("44: an item with an empty column 44", "multi_sheet", ["DCD.44.REQUIRED"],
        [("sheets.4.items.2.documents", [])])
invalid("44 7B: guarantee for office prefix 301, destination office 15101", "import_road",
        ["DCD.44.7B.OFFICE"], [(I1 + ".documents.2.text", "0042/301/12106/0089")],
        note="R1 §18: the number's office group is the first three digits of the destination "
             "office; 301 starts 30105 of the directory, so NUM.OFFICE holds")
invalid("44 7B: guarantee registered the day after the DCD", "import_road",
        ["DCD.44.7B.DATE"], [(I1 + ".documents.2.text", "0042/151/15106/0089")],
        note="R1 §25: the obligation is taken at departure, so not after column 7's date")
invalid("44 7B: destination office changed to Astana, the guarantee still for Aktobe",
        "import_road", ["DCD.44.7B.OFFICE"], [("destination_office", {
            "name": OFFICES["30105"], "code": "30105"})])
invalid("44 7C: date written differs from the date in the number", "import_road",
        ["DCD.44.7C.DATE"], [(I2 + ".documents.0.text", "55201/13106/00088 ОТ 14.10.2026")])
invalid("44 7C: number without its date", "import_road", ["DCD.44.7C.DATE"],
        [(I2 + ".documents.0.text", "55201/13106/00088")])
invalid("44 7C: date written is not a date (31.09.2026)", "import_road", ["DCD.44.7C.DATE"],
        [(I2 + ".documents.0.text", "55201/13106/00088 ОТ 31.09.2026")])

# Column 44 7C against the security document itself, when the caller gives it
# (option security_documents): the document of security.json, which secures
# this DCD's consignment (number, date, office, reverse naming this DCD, item
# 6 of 3 160 400.00 RUB covering column 22's 3 160 400.00 RUB).
SECURITY = json.loads((ROOT / "tests" / "vectors" / "security.json").read_text(encoding="utf-8"))[
    "valid"][0]["document"]
assert SECURITY["number"] == "55201/13106/00088"
assert SECURITY["departure"][0]["dcd_number"] == "55201/14106/00317"


def related(**changes):
    s = copy.deepcopy(SECURITY)
    for k, v in changes.items():
        s[k] = v
    return s


OTHER_SECURITY = related(number="55201/13106/00089",
                         departure=[{**SECURITY["departure"][0], "dcd_number": "55201/14106/00318"}])
valid("44 7C: the security document given is the one cited", "import_road",
      options={"security_documents": [SECURITY]})
valid("44 7C: two security documents given, the one cited among them", "import_road",
      options={"security_documents": [OTHER_SECURITY, SECURITY]})
valid("44 7C: the security document given secures more than column 22", "import_road",
      options={"security_documents": [related(total_invoice_value=3500000.00)]})
valid("44 7C: in another currency nothing is compared", "import_road",
      options={"security_documents": [related(currency="USD", total_invoice_value=49000.00)]})
invalid("44 7C link: the document given has another sequence", "import_road", ["SEC.LINK.NUMBER"],
        options={"security_documents": [related(number="55201/13106/00089")]})
invalid("44 7C link: two documents given, neither the one cited", "import_road", ["SEC.LINK.NUMBER"],
        options={"security_documents": [OTHER_SECURITY, related(number="55201/13106/00090")]})
invalid("44 7C link: the document given was registered a day earlier", "import_road",
        ["SEC.LINK.DATE"], options={"security_documents": [related(number="55201/12106/00088")]})
invalid("44 7C link: the document given was registered by another office", "import_road",
        ["SEC.LINK.OFFICE"], options={"security_documents": [related(number="39001/13106/00088")]})
invalid("44 7C link: the document given secures less than column 22", "import_road",
        ["SEC.LINK.AMOUNT"], options={"security_documents": [related(total_invoice_value=3000000.00)]},
        note="item 6 3 000 000.00 RUB < column 22 3 160 400.00 RUB")
invalid("44 7C link: the document's reverse names another DCD", "import_road",
        ["SEC.REVERSE.DCD_MATCH"], options={"security_documents": [related(
            departure=[{**SECURITY["departure"][0], "dcd_number": "55201/15106/00318"}])]})

# Column 46.
invalid("46: statistical value 5 dollars off", "import_road", ["DCD.46.MISMATCH"],
        [(I1 + ".statistical_value", float(usd(1786400.00, "643", 6.42) + 5))])
invalid("46: statistical value two hundredths off", "internal_transit", ["DCD.46.MISMATCH"],
        [(I2 + ".statistical_value", float(usd(54600.00, "978", 548.27) + Decimal("0.02")))])
invalid("46: dollars, statistical value differs from column 42", "transit_eseal",
        ["DCD.46.MISMATCH"], [(I2 + ".statistical_value", 13080.00)])
invalid("46: column 42 in tenge copied to column 46", "foreign_territory_escort",
        ["DCD.46.MISMATCH"], [(I1 + ".statistical_value", 7440000.00)])

# Column 50 and TERM.* on its deadline.
invalid("50: carrier missing", "import_road", ["DCD.50.CARRIER"], [("principal.carrier", None)])
invalid("50: deadline missing", "import_road", ["DCD.50.DEADLINE"],
        [("principal.deadline", None)])
invalid("50: undertaking to deliver missing", "import_road", ["DCD.50.UNDERTAKING"],
        [("principal.undertaking", None)])
invalid("50: undertaking blank", "rail", ["DCD.50.UNDERTAKING"],
        [("principal.undertaking", "  ")])
invalid("50: representative's name missing", "import_road", ["DCD.50.REPRESENTATIVE"],
        [("principal.representative", None)])
invalid("50: representative did not sign", "import_road", ["DCD.50.REPRESENTATIVE"],
        [("principal.signed", False)])
invalid("50: representative neither named nor signed", "bulk", ["DCD.50.REPRESENTATIVE"],
        [("principal.representative", ""), ("principal.signed", DELETE)])
invalid("several rules: column 50 missing entirely", "import_road",
        ["DCD.50.CARRIER", "DCD.50.DEADLINE", "DCD.50.REPRESENTATIVE", "DCD.50.UNDERTAKING"],
        [("principal", None)])
invalid("50: both offices automated, no e-seal number", "transit_eseal", ["DCD.50.ESEAL"],
        [("principal.eseal", DELETE)])
invalid("50: both offices automated, blank e-seal number", "transit_eseal", ["DCD.50.ESEAL"],
        [("principal.eseal", " ")])
invalid("50 TERM.LIMIT: one day past the limit (17 Oct for 160 km)", "import_road",
        ["TERM.LIMIT"], [("principal.deadline", "2026-10-18")])
invalid("50 TERM.BEFORE_START: deadline the day before registration", "import_road",
        ["TERM.BEFORE_START"], [("principal.deadline", "2026-10-13")])
invalid("50 TERM.LIMIT: distance from the options (60 km: limit 15 Oct)", "import_road",
        ["TERM.LIMIT"], [("distance_km", DELETE)], options={"distance_km": 60})
invalid("50 TERM.LIMIT: thirty_day convention (20 Aug for 2000 km)", "internal_transit",
        ["TERM.LIMIT"], [("distance_km", 2000), ("principal.deadline", "2026-08-21")],
        options={"convention": "thirty_day"})
invalid("50 TERM.LIMIT: sea, one day past 28 Feb + 16 days", "sea_containers",
        ["TERM.LIMIT"], [("principal.deadline", "2026-03-17")])
invalid("50 TERM.LIMIT: year digit 5 in column 7 makes the start 14 Oct 2025", "import_road",
        ["DCD.44.7B.DATE", "TERM.LIMIT"], [("reference_number", "55201/14105/00317")],
        note="the guarantee of 12 Oct 2026 is then also later than the DCD (R1 §25)")
invalid("50 TERM.BEFORE_START: rail deadline before registration", "rail",
        ["TERM.BEFORE_START"], [("principal.deadline", "2026-08-17")])

# Columns 53, 54, A.
invalid("53: destination office missing", "import_road", ["DCD.53.REQUIRED"],
        [("destination_office", None)])
invalid("53: destination office code missing", "import_road", ["DCD.53.REQUIRED"],
        [("destination_office.code", None)])
invalid("53: destination office name blank", "transit_eseal", ["DCD.53.REQUIRED"],
        [("destination_office.name", "")])
invalid("53: destination office code of four digits", "transit_eseal", ["DCD.53.CODE"],
        [("destination_office.code", "5810")])
invalid("53: destination office code all zeros", "transit_eseal", ["DCD.53.CODE"],
        [("destination_office.code", "00000")])
invalid("53: destination office code not in the directory", "transit_eseal", ["DCD.53.CODE"],
        [("destination_office.code", "58199")])
invalid("53: destination office written by name only, code in the name", "transit_eseal",
        ["DCD.53.CODE"], [("destination_office.code", "Т/П «ЖІБЕК ЖОЛЫ»")])
invalid("54: place and date missing", "import_road", ["DCD.54.REQUIRED"],
        [("place_and_date", None)])
invalid("54: date missing", "import_road", ["DCD.54.REQUIRED"], [("place_and_date.date", None)])
invalid("54: place blank", "rail", ["DCD.54.REQUIRED"], [("place_and_date.place", " ")])
invalid("A: delivery address missing", "import_road", ["DCD.A.REQUIRED"],
        [("delivery_address", None)])
invalid("A: delivery address blank", "bulk", ["DCD.A.REQUIRED"], [("delivery_address", "")])

# Unused columns.
invalid("columns: column 12 (customs value) filled", "import_road", ["DCD.COLUMNS.EXTRA"],
        [("other_columns", {"12": "20281420,00"})])
invalid("columns: column B (calculation details) filled", "air", ["DCD.COLUMNS.EXTRA"],
        [("other_columns", {"12": "", "B": "1010-5000-1-643"})])

# Capitals (a warning).
invalid("text: consignor in mixed case", "import_road", ["DCD.TEXT.UPPERCASE"],
        [("consignor", "ООО «Оренбургский трубный завод», 460048, Россия, г. Оренбург, "
                       "пр. Победы, 118")])
invalid("text: one Kazakh lower-case letter (ә) in the consignee", "foreign_territory_escort",
        ["DCD.TEXT.UPPERCASE"],
        [("consignee.name_address", "«АҚТӨБЕ ҚҰРЫЛЫС» ЖШС, 030000, АҚТӨБЕ Қ., "
                                    "\u04d9БІЛҚАЙЫР ХАН ДАҢҒЫЛЫ, 52")])
invalid("text: one Kazakh lower-case letter (і) in column A", "transit_eseal",
        ["DCD.TEXT.UPPERCASE"],
        [("delivery_address", "ТҮРКІСТАН ОБЛЫСЫ, САРЫАҒАШ АУДАНЫ, ЖІБЕК ЖОЛЫ АУЫЛЫ, "
                              "ЗОНА ТАМОЖЕННОГО КОНТРОЛЯ Т/П «Ж\u0456БЕК ЖОЛЫ»")])
invalid("text: Kazakh lower-case letters ң, ғ, ө, ұ, ү in columns 2, 29 and 54",
        "foreign_territory_escort", ["DCD.TEXT.UPPERCASE"],
        [("consignor", "«ОРАЛ МЕТАЛЛ» ЖШС, 090000, ОРАЛ Қ., ДОСТЫҚ ДА\u04a3\u0493ЫЛЫ, 184"),
         ("border_office", "«ОРАЛ» КЕДЕН БЕКЕТІ, БАТЫС ҚАЗАҚСТАН ОБЛЫСЫ БОЙЫНША МКД, "
                           "\u04e9ТКІЗУ ПУНКТІ"),
         ("place_and_date.place", "ОРАЛ Қ., «ОРАЛ ТРАНС СЕРВИС» ЖШС, Ж\u04afК ТАСЫМАЛДАУШЫ \u04b1ЙЫМ")])
invalid("text: Latin lower case in the vehicle's plate (column 18)", "import_road",
        ["DCD.TEXT.UPPERCASE"],
        [("vehicle_at_departure.details", "VOLVO FH 777opn56 / ПОЛУПРИЦЕП АК 4521 56")])
invalid("text: description in lower case on an additional sheet", "multi_sheet",
        ["DCD.TEXT.UPPERCASE"],
        [("sheets.7.items.1.description", "Зеркала заднего вида с подогревом для грузовых "
                                          "автомобилей SHACMAN, 120 шт")])
invalid("text: destination office name in mixed case", "rail", ["DCD.TEXT.UPPERCASE"],
        [("destination_office.name", "Т/п «Астана-центр»")])
invalid("text: column 44 invoice line with a lower-case «от»", "import_road",
        ["DCD.TEXT.UPPERCASE"], [(I1 + ".documents.1.text", "ИНВОЙС ОТЗ-2026/1187 от 09.10.2026")],
        note="§8: text is printed in capital letters; column 44 is printed text")


# Several rules at once.
def careless(d):
    """The README demo (examples/data/dcd_invalid.json)."""
    d["declaration_type"]["direction"] = "IM"                      # DCD.1.DIRECTION (Latin)
    d["consignee"]["name_address"] = ("ТОО «Актобестроймонтаж», 030006, Казахстан, "
                                      "г. Актобе, ул. Маресьева, 95")  # DCD.TEXT.UPPERCASE
    d["invoice"]["total"] = 3164000.00                             # DCD.22.TOTAL (3160400.00)
    d["sheets"][0]["items"][0]["net_kg"] = 14970                   # DCD.38.GT_GROSS (14870)
    d["sheets"][0]["items"][1]["commodity_code"] = "7307 93 000 0"  # DCD.33.FORMAT
    d["principal"]["deadline"] = "2026-10-24"                      # TERM.LIMIT (17 Oct)


DEMO_RULES = ["DCD.1.DIRECTION", "DCD.22.TOTAL", "DCD.33.FORMAT", "DCD.38.GT_GROSS",
              "DCD.TEXT.UPPERCASE", "TERM.LIMIT"]
invalid("examples/data/dcd_invalid.json: careless draft breaking six rules", "import_road",
        DEMO_RULES, fn=careless)


def sloppy_transit(d):
    d["declaration_type"]["third"] = "ДКД ТР"                      # DCD.1.THIRD
    d["country_of_destination"] = "UZB"                            # DCD.17.COUNTRY
    d["vehicle_at_border"]["country"] = "UZ"                       # DCD.21.COUNTRY
    d["exchange_rate"] = None                                      # DCD.23.POSITIVE
    d["sheets"][0]["items"][1]["item_number"] = 1                  # DCD.32.SEQUENCE
    d["sheets"][0]["items"][0]["documents"][2]["text"] = "39001/02096/541"  # DCD.44.7C
    del d["principal"]["eseal"]                                    # DCD.50.ESEAL
    d["principal"]["deadline"] = "2026-09-25"                      # TERM.LIMIT (18 Sep)


invalid("several rules: sloppy transit document", "transit_eseal",
        ["DCD.1.THIRD", "DCD.17.COUNTRY", "DCD.21.COUNTRY", "DCD.23.POSITIVE",
         "DCD.32.SEQUENCE", "DCD.44.7C", "DCD.50.ESEAL", "TERM.LIMIT"], fn=sloppy_transit)


def numbers_everywhere(d):
    d["reference_number"] = "27101/05116/00000"                    # NUM.SEQUENCE (col. 7)
    d["escort_number"] = "0007-99999-04116"                        # NUM.OFFICE (col. 9)
    d["sheets"][0]["items"][1]["documents"].append(
        {"code": "7B", "text": "0000/151/04116/0012"})            # NUM.RECIPIENT (col. 44)


invalid("several rules: a wrong number in each of columns 7, 9 and 44",
        "foreign_territory_escort", ["NUM.OFFICE", "NUM.RECIPIENT", "NUM.SEQUENCE"],
        fn=numbers_everywhere,
        note="column 7 still dates 05 Nov and the deadline is within its limit, so TERM.* "
             "holds whether or not it is checked")


def bulk_mess(d):
    d["packages"] = 3                                              # DCD.6.BULK
    d["consignor"] = None                                          # DCD.2.REQUIRED
    d["transport_mode"] = "31 "                                    # DCD.25.CODE
    d["sheets"][0]["items"][0]["gross_kg"] = 49860.5               # DCD.35.ROUNDING
    d["sheets"][0]["items"][0]["documents"].append(
        {"code": "7", "text": "ДОГОВОР № 12/26"})                 # DCD.44.CODE
    d["other_columns"] = {"47": "ПОШЛИНА 0"}                       # DCD.COLUMNS.EXTRA


invalid("several rules: bulk cargo with several slips", "bulk",
        ["DCD.2.REQUIRED", "DCD.25.CODE", "DCD.35.ROUNDING", "DCD.44.CODE", "DCD.6.BULK",
         "DCD.COLUMNS.EXTRA"], fn=bulk_mess)


def multi_sheet_mess(d):
    d["sheets"][2]["forms"] = None                                 # DCD.3.MISSING
    d["sheets"][9]["items"][2]["containers"] = {"count": 2, "numbers": [CONTAINERS[0]]}
    d["sheets"][6]["items"][2]["description"] = HEADINGS["8708"]   # DCD.31.GENERIC
    d["sheets"][3]["items"][0]["net_kg"] = None                    # DCD.38.POSITIVE
    d["country_of_origin"] = None                                  # DCD.16.COUNTRY


invalid("several rules: 30-item document with slips on several sheets", "multi_sheet",
        ["DCD.16.COUNTRY", "DCD.3.MISSING", "DCD.31.CONTAINERS", "DCD.31.GENERIC",
         "DCD.38.POSITIVE"], fn=multi_sheet_mess,
        note="item 19 (sheet 7, third item) has code 8708803500, heading 8708")


# --------------------------------------------------------------------------
# Identification means (R1 §40–§48, §10, §41; SPEC-R1-R3-NOTES §2), the
# optional member `identification`: a DCD without it is judged as before.

SCREW = {"kind": "seal_screw", "number": "KZ 0457812", "diameter_mm": 10,
         "applied_by": "departure_office"}
INVOICE_MEANS = {"kind": "accompanying_document", "description": "ИНВОЙС ОТЗ-2026/1187"}
SEALED = {"means": [SCREW, INVOICE_MEANS]}
DESCRIPTION = {"kind": "description_act", "certified": True, "attached": True,
               "description": "АКТ ДОСМОТРА № 14: ТРУБЫ 530Х8 ММ, МАРКИРОВКА ОТЗ"}
PHOTOS = {"kind": "photo_3p", "projections": 3, "colour": True, "to_scale": True,
          "certified": True, "attached": True}
DRAWINGS = {"kind": "drawing_3p", "projections": 3, "dimensions": True, "material": True,
            "certified": True, "attached": True}
MARKS = {"kind": "mark_goods", "count": 27, "applied_by": "departure_office",
         "after_inspection": True}
DECISION = {"official": "НУРЛАНОВ Е.С.", "date": "2026-10-14"}
ID = "identification"


def ident(means, **more):
    return [(ID, {"means": copy.deepcopy(means), **copy.deepcopy(more)})]


valid("identification: a screw-cutter sealer and the invoice", "import_road", [(ID, SEALED)])
valid("identification: ТТ sealed at departure, found intact at destination",
      "foreign_territory_escort", ident(SEALED["means"], intact_at_destination=True))
valid("identification: open vehicle, oversize goods, description and photographs by decision",
      "import_road", ident([DESCRIPTION, PHOTOS], goods={"heavy_or_oversize": True},
                           vehicle={"open": True}, decision=DECISION))
valid("identification: animals, lead seals on single packages by decision",
      "import_road", ident([{"kind": "seal_lead", "on": "package", "count": 12}],
                           goods={"animals": True}, decision=DECISION))
valid("identification: drawings and goods marks beside a compartment seal need no decision",
      "import_road", ident([{"kind": "seal_lead", "number": "0217", "count": 2}, MARKS, DRAWINGS]))
valid("identification: every kind of means at once", "import_road", ident([
    {"kind": "stamp_compartment"}, SCREW, {"kind": "seal_lead", "on": "compartment"}, MARKS,
    {"kind": "mark_document", "on": "document"}, {"kind": "stamp_document"}, DESCRIPTION,
    DRAWINGS, PHOTOS, {"kind": "catalogue_image", "certified": True, "attached": True},
    INVOICE_MEANS, {"kind": "e_seal", "number": "ES 000451"}]))

invalid("identification: none recorded", "import_road", ["ID.RECORDED_IN_DCD"], ident([]))
invalid("identification: an unknown kind of means", "import_road", ["ID.KIND"],
        ident([{"kind": "padlock", "number": "7"}]))
invalid("identification: a compartment sealed over animals", "import_road",
        ["ID.SEAL_NOT_APPLICABLE"], ident([SCREW], goods={"animals": True}))
invalid("identification: a compartment stamp over heavy goods that need access", "import_road",
        ["ID.SEAL_NOT_APPLICABLE"],
        ident([{"kind": "stamp_compartment"}], goods={"access_needed": True}))
invalid("identification: open vehicle, description instead of seals, no decision", "import_road",
        ["ID.ALT.DECISION"], ident([DESCRIPTION], vehicle={"open": True}))
invalid("identification: photographs instead of seals with no ground for them", "import_road",
        ["ID.ALT.DECISION"], ident([PHOTOS], decision=DECISION),
        note="a closed vehicle that meets the equipping rules, ordinary goods")
invalid("identification: a description act not certified", "import_road", ["ID.ALT.CERTIFIED"],
        ident([SCREW, dict(DESCRIPTION, certified=False)]))
invalid("identification: catalogue images not attached to the DCD", "import_road",
        ["ID.ALT.CERTIFIED"],
        ident([SCREW, {"kind": "catalogue_image", "certified": True, "attached": False}]))
invalid("identification: a sealer of 12 mm", "import_road", ["ID.SCREW.DIAMETER"],
        ident([dict(SCREW, diameter_mm=12)]))
invalid("identification: a sealer without its number", "import_road", ["ID.SCREW.NUMBER"],
        ident([dict(SCREW, number=" ")]))
invalid("identification: goods marks put by the destination office", "import_road",
        ["ID.MARK.GOODS.APPLIER"], ident([SCREW, dict(MARKS, applied_by="destination_office")]))
invalid("identification: goods marks put before the inspection", "import_road",
        ["ID.MARK.GOODS.APPLIER"], ident([SCREW, dict(MARKS, after_inspection=False)]))
invalid("identification: drawings in two projections", "import_road", ["ID.DRAWING.PROJECTIONS"],
        ident([SCREW, dict(DRAWINGS, projections=2)]))
invalid("identification: drawings without the material", "import_road",
        ["ID.DRAWING.PROJECTIONS"], ident([SCREW, dict(DRAWINGS, material=False)]))
invalid("identification: black-and-white photographs", "import_road", ["ID.PHOTO.PROJECTIONS"],
        ident([SCREW, dict(PHOTOS, colour=False)]))
invalid("identification: ТТ with only the documents as means", "foreign_territory_escort",
        ["ID.TT.DEPARTURE"], ident([INVOICE_MEANS, {"kind": "mark_document"}]))
invalid("identification: ТТ seal found broken at destination", "foreign_territory_escort",
        ["ID.TT.INTACT"], ident([SCREW], intact_at_destination=False))
invalid("identification: ТТ with none recorded", "foreign_territory_escort",
        ["ID.RECORDED_IN_DCD", "ID.TT.DEPARTURE"], ident([]))
invalid("identification: a column rule and an identification rule together", "import_road",
        ["DCD.2.REQUIRED", "ID.RECORDED_IN_DCD"], [("consignor", None)] + ident([]))


# --------------------------------------------------------------------------
# Input errors: text that is not a DCD at all.

def text_of(doc):
    return json.dumps(doc, ensure_ascii=False)


def with_edit(base, path, value):
    return text_of(patch(base, [(path, value)]))


DEEP = 10_000
INPUT_ERRORS = [
    {"name": "not JSON at all", "document_text": "ДКД 55201/14106/00317, ИМ, ТОО «ЖАЙСАҢ ТРАНС»",
     "path": "document"},
    {"name": "empty text", "document_text": "", "path": "document"},
    {"name": "JSON null", "document_text": "null", "path": "document"},
    {"name": "an empty JSON array instead of an object", "document_text": "[]",
     "path": "document"},
    {"name": "the document wrapped in a JSON array",
     "document_text": "[" + text_of(BASES["import_road"]) + "]", "path": "document"},
    {"name": "truncated JSON", "document_text": text_of(BASES["import_road"])[:500],
     "path": "document", "path_prefix": True,
     "note": "where in the document the text stops is the reader's business: any path under document"},
    {"name": "a string where the packages count is expected",
     "document_text": with_edit("import_road", "packages", "27"), "path": "document.packages"},
    {"name": "a fraction where the packages count is expected",
     "document_text": with_edit("import_road", "packages", 27.5), "path": "document.packages"},
    {"name": "an unknown top-level field",
     "document_text": with_edit("import_road", "consignor_address", "Г. ОРЕНБУРГ"),
     "path": "document.consignor_address"},
    {"name": "an unknown field in column 8",
     "document_text": with_edit("rail", "consignee.station", "684106"),
     "path": "document.consignee.station"},
    {"name": "a string for the gross weight deep in an item",
     "document_text": with_edit("import_road", I1 + ".gross_kg", "14870"),
     "path": "document.sheets[0].items[0].gross_kg"},
    {"name": "a string for the gross weight on an additional sheet",
     "document_text": with_edit("multi_sheet", "sheets.10.items.1.gross_kg", "75 КГ"),
     "path": "document.sheets[10].items[1].gross_kg"},
    {"name": "a deadline written DD.MM.YYYY",
     "document_text": with_edit("import_road", "principal.deadline", "16.10.2026"),
     "path": "document.principal.deadline"},
    {"name": "a deadline that is not a date (30 February)",
     "document_text": with_edit("import_road", "principal.deadline", "2026-02-30"),
     "path": "document.principal.deadline"},
    {"name": "a deadline with a leading space",
     "document_text": with_edit("import_road", "principal.deadline", " 2026-10-16"),
     "path": "document.principal.deadline"},
    {"name": "a deadline without leading zeros (2026-1-6)",
     "document_text": with_edit("import_road", "principal.deadline", "2026-1-6"),
     "path": "document.principal.deadline"},
    {"name": "a deadline in a five-digit year",
     "document_text": with_edit("import_road", "principal.deadline", "+10000-01-01"),
     "path": "document.principal.deadline"},
    {"name": "column 3 without its total",
     "document_text": with_edit("multi_sheet", "sheets.1.forms", {"sheet": 2}),
     "path": "document.sheets[1].forms"},
    {"name": "a column 44 line without its text",
     "document_text": with_edit("import_road", I1 + ".documents.0", {"code": "2"}),
     "path": "document.sheets[0].items[0].documents[0]"},
    {"name": "a negative route distance",
     "document_text": with_edit("import_road", "distance_km", -160),
     "path": "document.distance_km"},
    {"name": "a zero route distance",
     "document_text": with_edit("import_road", "distance_km", 0),
     "path": "document.distance_km"},
    {"name": "several fields that cannot be read: every one is listed with its path",
     "document_text": text_of(patch("import_road", [
         ("consignor", 5), ("packages", "27"), ("consignee.station", "684106"),
         (I1 + ".gross_kg", "14870"), ("principal.deadline", "16.10.2026"),
         ("consignor_address", "Г. ОРЕНБУРГ")])),
     "path": "document.consignor",
     "paths": ["document.consignor", "document.packages", "document.consignee.station",
               "document.sheets[0].items[0].gross_kg", "document.principal.deadline",
               "document.consignor_address"],
     "note": "column 2 a number, column 6 a string, an unknown field in column 8, a gross "
             "weight as a string, a deadline written DD.MM.YYYY, an unknown top-level field; "
             "the first in the text (column 2) is the error's path"},
    {"name": "several fields missing or of the wrong type in column 44 and column 50",
     "document_text": text_of(patch("import_road", [
         (I1 + ".documents.0", {"code": "2"}), (I1 + ".documents.1", {"text": "ИНВОЙС"}),
         ("principal.signed", "да")])),
     "path": "document.sheets[0].items[0].documents[0]",
     "paths": ["document.sheets[0].items[0].documents[0]",
               "document.sheets[0].items[0].documents[1]", "document.principal.signed"],
     "note": "a column 44 line without its text, one without its code (a missing field is "
             "at its object's path), signed as a word instead of true/false"},
    {"name": "an array nested 10,000 deep",
     "document_text": "[" * DEEP + "]" * DEEP, "path": "document"},
    {"name": "an array nested 10,000 deep in the sheets",
     "document_text": '{"sheets": ' + "[" * DEEP + "]" * DEEP + "}",
     "path": "document", "path_prefix": True,
     "note": "a text is refused over limits.depth before it is read (path document); "
             "how deep another reader gets before refusing is its business"},
    # The limits (README "Limits"): a limit of the text (size, nesting) is
    # checked before the text is read, so it does not apply to a Python dict
    # (`text_only`); the items limit applies to every reader.
    {"name": "a document over limits.input_bytes",
     "document_text": with_edit("import_road", "distance_km", 160),
     "options": {"limits": {"input_bytes": 1000}}, "path": "document", "text_only": True},
    {"name": "sheets nested 65 deep, over the default limits.depth of 64",
     "document_text": '{"sheets": ' + "[" * 65 + "]" * 65 + "}",
     "path": "document", "text_only": True},
    {"name": "sheets nested 65 deep with limits.depth raised to 128: read, and refused as sheets",
     "document_text": '{"sheets": ' + "[" * 65 + "]" * 65 + "}",
     "options": {"limits": {"depth": 128}}, "path": "document.sheets", "path_prefix": True,
     "text_only": True},
    {"name": "more entries than limits.items",
     "document_text": with_edit("import_road", "distance_km", 160),
     "options": {"limits": {"items": 2}}, "path": "document"},
]


INPUT_ERRORS += [
    {"name": "identification: a placement that is not one", "path": "document.identification.means[0].on",
     "document_text": with_edit("import_road", "identification", {"means": [dict(SCREW, on="roof")]})},
    {"name": "identification: a means without its kind", "path": "document.identification.means[0]",
     "document_text": with_edit("import_road", "identification", {"means": [{"number": "1"}]})},
    {"name": "identification: an unknown member of a means", "path": "document.identification.means[0].colour_photo",
     "document_text": with_edit("import_road", "identification", {"means": [dict(SCREW, colour_photo=True)]})},
    {"name": "identification: a negative sealer diameter", "path": "document.identification.means[0].diameter_mm",
     "document_text": with_edit("import_road", "identification", {"means": [dict(SCREW, diameter_mm=-10)]})},
    {"name": "identification: the decision's date written DD.MM.YYYY", "path": "document.identification.decision.date",
     "document_text": with_edit("import_road", "identification",
                                {"means": [DESCRIPTION], "vehicle": {"open": True},
                                 "decision": {"date": "14.10.2026"}})},
]


# --------------------------------------------------------------------------

# --------------------------------------------------------------------------
# Options that cannot be read (the JSON context of validate, SPEC §13): the
# document is the first valid one, the options are the input that fails,
# at the path of the offending member under `options`.

OPTION_ERRORS = [
    vl.input_error("the reference date without leading zeros", "options.reference", input="options",
                   document=VALID[0]["document"], options={"reference": "2026-11-2"}),
    vl.input_error("a nesting limit above 128", "options.limits.depth", input="options",
                   document=VALID[0]["document"], options={"limits": {"depth": 129}}),
    vl.input_error("an items limit of zero", "options.limits.items", input="options",
                   document=VALID[0]["document"], options={"limits": {"items": 0}}),
    vl.input_error("an unknown limit", "options.limits.violation", input="options",
                   document=VALID[0]["document"], options={"limits": {"violation": 5}}),
    vl.input_error("a negative violations limit", "options.limits.violations", input="options",
                   document=VALID[0]["document"], options={"limits": {"violations": -1}}),
    vl.input_error("a misspelt option (refrence)", "options.refrence", input="options",
                   document=VALID[0]["document"], options={"refrence": "2026-11-22"}),
    vl.input_error("the US dollar rate as a string", "options.usd_rate", input="options",
                   document=VALID[0]["document"], options={"usd_rate": "505.0"}),
    vl.input_error("the reference date not a date", "options.reference", input="options",
                   document=VALID[0]["document"], options={"reference": "22.11.2026"}),
    vl.input_error("an unknown member of eseal", "options.eseal.both", input="options",
                   document=VALID[0]["document"], options={"eseal": {"both": True}}),
    vl.input_error("the office directory as one string", "options.offices", input="options",
                   document=VALID[0]["document"], options={"offices": "15101"}),
    vl.input_error("a heading name that is a number", "options.headings.8413", input="options",
                   document=VALID[0]["document"], options={"headings": {"8413": 8413}}),
]

# --------------------------------------------------------------------------
# The DCD lifecycle (SPEC §3): drafted -> registered -> arrived -> completed,
# one step at a time, no step back, no staying put. Refused: DCD.STATE.

DCD_EDGES = {("drafted", "registered"), ("registered", "arrived"), ("arrived", "completed")}
LIFECYCLE = [vl.sequence(name, "dcd", states, DCD_EDGES, "DCD.STATE") for name, states in [
    ("the whole way", ["drafted", "registered", "arrived", "completed"]),
    ("registered, then arrived", ["drafted", "registered", "arrived"]),
    ("a drafted DCD does not arrive", ["drafted", "arrived"]),
    ("a drafted DCD is not completed", ["drafted", "completed"]),
    ("a registered DCD is not completed before it arrives",
     ["drafted", "registered", "completed"]),
    ("registered twice", ["drafted", "registered", "registered"]),
    ("no step back from arrived", ["registered", "arrived", "registered"]),
    ("arrived twice", ["registered", "arrived", "arrived"]),
    ("a completed DCD is final", ["arrived", "completed", "drafted"]),
    ("a completed DCD is not completed again", ["drafted", "registered", "arrived", "completed",
                                                "completed"]),
]]
assert [s["fails_at"] for s in LIFECYCLE] == [None, None, 1, 1, 2, 2, 2, 2, 2, 4]


def main():
    names = [c["name"] for c in VALID + INVALID + INPUT_ERRORS]
    assert len(names) == len(set(names)), "case names must be unique"
    data = vl.document_file(
        "dcd", OPTIONS, VALID, INVALID,
        [vl.input_error(**c) for c in INPUT_ERRORS] + OPTION_ERRORS, LIFECYCLE)
    text = vl.write(OUT, data, indent=2)
    demo = next(c for c in INVALID if c["name"].startswith("examples/data/dcd_invalid.json"))
    EXAMPLE.write_text(json.dumps(demo["document"], ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {vl.counts(data)}, {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
