"""The employer checklist: what is missing or due soon, in kind words with dates."""

from __future__ import annotations

import datetime as dt

from dpwallet.domain.employer_checklist import ChecklistItem, PaFacts, Status, employer_checklist

TODAY = dt.date(2026, 4, 20)
UNKIND = ("must ", "failure", "penalty", "unauthorised", "warning", "you failed")


def pa(**kw: object) -> PaFacts:
    values: dict[str, object] = {
        "name": "Ana Silva",
        "start_date": dt.date(2024, 1, 8),
        "contract_signed_on": dt.date(2024, 1, 8),
        "insurance_renewal": dt.date(2026, 12, 1),
        "dbs_checked_on": dt.date(2023, 12, 1),
    }
    values.update(kw)
    return PaFacts(**values)  # type: ignore[arg-type]


def keys(items: list[ChecklistItem]) -> list[str]:
    return [i.key for i in items]


def assert_kind(text: str) -> None:
    assert not any(word in text.lower() for word in UNKIND), text


def test_all_in_order_means_nothing_to_do() -> None:
    assert employer_checklist([pa()], TODAY) == []


def test_insurance_renewal_within_30_days_is_a_friendly_reminder_with_the_date() -> None:
    [item] = employer_checklist([pa(insurance_renewal=dt.date(2026, 5, 15))], TODAY)
    assert item.key == "insurance" and item.status is Status.DUE_SOON
    assert item.due == dt.date(2026, 5, 15)
    assert "Friday 15 May 2026" in item.text and "renew" in item.text
    assert_kind(item.text)
    assert employer_checklist([pa(insurance_renewal=dt.date(2026, 5, 21))], TODAY) == []


def test_insurance_date_passed_or_missing() -> None:
    [passed] = employer_checklist([pa(insurance_renewal=dt.date(2026, 4, 1))], TODAY)
    assert passed.status is Status.PASSED and "already renewed" in passed.text
    [missing] = employer_checklist([pa(insurance_renewal=None)], TODAY)
    assert missing.status is Status.MISSING and "employers' liability insurance" in missing.text
    for item in (passed, missing):
        assert_kind(item.text)


def test_p60_due_by_31_may_for_anyone_paid_last_tax_year() -> None:
    leaver = pa(name="Ben Okafor", end_date=dt.date(2026, 4, 10), paid_in_tax_year_ended=True)
    items = employer_checklist([pa(paid_in_tax_year_ended=True), leaver], TODAY)
    p60s = [i for i in items if i.key == "p60"]
    assert [i.who for i in p60s] == ["Ana Silva", "Ben Okafor"]
    assert all(i.due == dt.date(2026, 5, 31) for i in p60s)
    assert "P60" in p60s[0].text and "Sunday 31 May 2026" in p60s[0].text
    assert_kind(p60s[0].text)
    assert employer_checklist([pa(paid_in_tax_year_ended=True)], dt.date(2026, 6, 1)) == []


def test_pension_reenrolment_every_three_years() -> None:
    [item] = employer_checklist([pa(pension_enrolled_on=dt.date(2023, 6, 1))], TODAY)
    assert item.key == "pension_reenrolment" and item.due == dt.date(2026, 6, 1)
    assert "every three years" in item.text and "Monday 1 June 2026" in item.text
    assert employer_checklist([pa(pension_enrolled_on=dt.date(2024, 6, 1))], TODAY) == []


def test_missing_contract_and_dbs_and_order_by_urgency() -> None:
    items = employer_checklist(
        [pa(contract_signed_on=None, dbs_checked_on=None, insurance_renewal=dt.date(2026, 4, 25))],
        TODAY,
    )
    assert keys(items) == ["insurance", "contract", "dbs"]
    assert "in writing from their first day" in items[1].text
    assert "not required by law" in items[2].text
    for item in items:
        assert_kind(item.text)
