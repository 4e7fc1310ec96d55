"""CSV export for spreadsheet programs: ``export_journal(…, delimiter=";",
bom=True)`` against the default RFC 4180 CSV of the same entries, its
argument errors, and ``rule_title`` (the rule titles of the command line's
summary)."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

import kazcustoms
from kazcustoms import export_journal
from kazcustoms._kinds import Lang

ENTRY: dict[str, Any] = {
    "number": 7,
    "arrival_date": "2026-10-16",
    "dcd_number": "55201/14106/00317",
    "consignor": 'ТОО "АЛМА"; АЛМАТЫ, АБАЯ 1',
}


def rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_semicolon_and_bom_write_the_same_table(lang: Lang) -> None:
    comma = export_journal("arrivals", [ENTRY], lang=lang)
    assert export_journal("arrivals", [ENTRY], lang=lang, delimiter=",", bom=False) == comma
    semicolon = export_journal("arrivals", [ENTRY], lang=lang, delimiter=";")
    assert rows(semicolon, ";") == rows(comma, ",")
    assert semicolon.endswith("\r\n") and not semicolon.startswith("\ufeff")
    # The consignor holds the delimiter and a quote: quoted, the ',' in it is plain text.
    assert '7;16.10.2026;55201/14106/00317;;"ТОО ""АЛМА""; АЛМАТЫ, АБАЯ 1";' in semicolon
    excel = export_journal("arrivals", [ENTRY], lang=lang, delimiter=";", bom=True)
    assert excel == "\ufeff" + semicolon
    assert excel.encode("utf-8").startswith(b"\xef\xbb\xbf")
    assert export_journal("arrivals", [ENTRY], lang=lang, bom=True) == "\ufeff" + comma
    # A JSON export ignores the CSV options.
    assert export_journal("arrivals", [ENTRY], format="json", lang=lang, delimiter=";", bom=True) == export_journal(
        "arrivals", [ENTRY], format="json", lang=lang
    )


def test_csv_option_errors() -> None:
    with pytest.raises(kazcustoms.KazcustomsError) as e:
        export_journal("arrivals", [], delimiter="\t")  # type: ignore[arg-type]
    assert e.value.rule is None and "delimiter" in str(e.value)
    with pytest.raises(kazcustoms.KazcustomsError) as e:
        export_journal("arrivals", [], delimiter=";;", lang="ru")  # type: ignore[arg-type]
    assert "разделитель" in str(e.value)
    with pytest.raises(TypeError):
        export_journal("arrivals", [], delimiter=59)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        export_journal("arrivals", [], bom=1)  # type: ignore[arg-type]


def test_rule_title() -> None:
    assert kazcustoms.rule_title("TERM.LIMIT") == "the deadline is later than the limit of 2000 km per month"
    assert kazcustoms.rule_title("TERM.LIMIT", lang="ru") == "срок превышает предел из расчёта 2000 км в месяц"
    assert kazcustoms.rule_title("TERM.LIMIT", lang="kk") == "мерзім айына 2000 км есебімен белгіленген шектен асады"
    report = kazcustoms.validate("dcd", {}, lang="kk")
    for v in report.violations:
        assert kazcustoms.rule_title(v.rule, lang="kk")
    with pytest.raises(kazcustoms.KazcustomsError) as e:
        kazcustoms.rule_title("NOPE")
    assert e.value.rule is None and "NOPE" in str(e.value)
    with pytest.raises(TypeError):
        kazcustoms.rule_title(1)  # type: ignore[arg-type]
    with pytest.raises(kazcustoms.KazcustomsError):
        kazcustoms.rule_title("TERM.LIMIT", lang="de")  # type: ignore[arg-type]
