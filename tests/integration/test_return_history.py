"""Sent financial check-ups: frozen as sent, listed, "changed since you sent it", periods;
and council profiles: choosing one for the wallet, importing a file (a bad one copies nothing).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dpwallet.domain.errors import BadInputFile, UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.reconciliation import build_sheet
from dpwallet.services import council_profiles, return_history
from dpwallet.services.demo import write_demo
from dpwallet.services.money_ledger import (
    PaymentDetails,
    edit_payment,
    payments,
    unlock_transaction,
)
from dpwallet.services.returns import gather
from dpwallet.services.wallet import Wallet
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def wallet(tmp_path_factory: pytest.TempPathFactory) -> Wallet:
    folder = tmp_path_factory.mktemp("history")
    return write_demo(folder / "Demo", passphrase=PASSPHRASE, seed=5, years=1)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DPWALLET_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_periods_follow_the_council_calendar() -> None:
    today = dt.date(2026, 11, 23)
    assert return_history.last_whole_period("quarterly", today) == (
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
    )
    assert return_history.last_whole_period("yearly", today) == (
        dt.date(2025, 4, 1),
        dt.date(2026, 3, 31),
    )
    start, end = return_history.last_whole_period("four_weekly", today)
    assert (end - start).days == 27 and end < today and (today - end).days <= 28
    after = return_history.next_period("quarterly", today, dt.date(2026, 9, 30))
    assert (after.start, after.end, after.follows_last) == (
        dt.date(2026, 10, 1),
        dt.date(2026, 12, 31),
        True,
    )
    four = return_history.next_period("four_weekly", today, dt.date(2026, 9, 30))
    assert four.end == dt.date(2026, 10, 28)


def test_mark_sent_freezes_the_sheet_and_notices_changes(wallet: Wallet) -> None:
    suggested = return_history.suggest_period(wallet)
    start, end = suggested.start, suggested.end
    sheet = return_history.prepare_sheet(wallet, start, end, note="All as planned.")
    assert sheet.closing_balance == build_sheet(gather(wallet, start, end)).closing_balance
    changes = return_history.mark_sent(wallet, sheet)
    assert changes.touches("council_return") and changes.ids
    sent = return_history.sent_returns(wallet)
    assert sent[0].id == changes.ids[0]
    assert (sent[0].period_from, sent[0].closing_balance) == (start, sheet.closing_balance)
    assert sent[0].note == "All as planned."
    assert not return_history.changes_since_sent(wallet, sent[0].id).changed

    row = next(r for r in payments(wallet) if start <= r.date <= end and r.amount.pence < 0)
    if row.locked:
        unlock_transaction(wallet, row.id)
    details = PaymentDetails(
        row.account_id,
        row.date,
        row.amount - Money(1250),
        row.payee,
        row.description,
        row.category,
        row.outcome_id,
    )
    edit_payment(wallet, row.id, details)
    since = return_history.changes_since_sent(wallet, sent[0].id)
    assert since.changed
    figures = {f.key: f for f in since.figures}
    assert figures["money_out"].difference == Money(1250)
    assert figures["closing_balance"].difference == Money(-1250)
    assert [(c.kind, c.line_id) for c in since.lines] == [("changed", row.id)]
    assert "amount" in since.lines[0].fields

    after = return_history.suggest_period(wallet)
    assert after.follows_last and after.start == end + dt.timedelta(days=1)
    with pytest.raises(UsageError):
        return_history.changes_since_sent(wallet, 9999)


def test_write_files_keeps_an_earlier_export(wallet: Wallet, tmp_path: Path) -> None:
    start, end = return_history.last_whole_period("monthly", wallet.clock.today())
    sheet = return_history.prepare_sheet(wallet, start, end)
    steps: list[str] = []
    first = return_history.write_files(
        wallet, sheet, tmp_path, [".pdf", ".json"], lambda i, n, name: steps.append(name)
    )
    again = return_history.write_files(wallet, sheet, tmp_path, [".pdf"])
    assert [p.suffix for p in first] == [".pdf", ".json"] and len(steps) == 2
    assert again[0] != first[0] and again[0].name.endswith("(2).pdf")
    assert first[0].read_bytes().startswith(b"%PDF")
    with pytest.raises(UsageError):
        return_history.write_files(wallet, sheet, tmp_path / "missing", [".pdf"])


def test_choose_a_bundled_profile(wallet: Wallet, home: Path) -> None:
    ids = [c.profile.id for c in council_profiles.available_profiles()]
    assert ids[0] == "default" and "eastmere" in ids
    council_profiles.choose_profile(wallet, "eastmere", "EM-2024-0107")
    setting = council_profiles.current_setting(wallet)
    assert (setting.profile.id, setting.reference) == ("eastmere", "EM-2024-0107")
    assert return_history.suggest_period(wallet).kind in ("four_weekly", "quarterly")
    with pytest.raises(UsageError):
        council_profiles.choose_profile(wallet, "nowhere")
    council_profiles.choose_profile(wallet, "default", "")


def _profile(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "schema": 1,
        "id": "riverside",
        "name": "Riverside Council",
        "return_period": "monthly",
        "receipt_threshold_pence": 2000,
        "contingency_weeks": 6,
        "records_retention_years": 6,
        "return_email": "dp@riverside.example.org",
        "reference_format": {"pattern": "", "example": ""},
        "formats": "pdf",
    }
    data.update(changes)
    return data


def test_import_a_profile_file_and_use_it(wallet: Wallet, home: Path, tmp_path: Path) -> None:
    source = tmp_path / "riverside.json"
    source.write_text(json.dumps(_profile()), "utf-8")
    profile = council_profiles.import_profile_file(source)
    assert (council_profiles.imported_dir() / "riverside.json").exists()
    choices = {c.profile.id: c for c in council_profiles.available_profiles()}
    assert not choices["riverside"].bundled
    council_profiles.choose_profile(wallet, profile.id)
    start, end = return_history.last_whole_period("monthly", wallet.clock.today())
    sheet = return_history.prepare_sheet(wallet, start, end)
    assert sheet.profile.id == "riverside"
    assert return_history.suggest_period(wallet).kind == "monthly"
    council_profiles.choose_profile(wallet, "default")


@pytest.mark.parametrize(
    "content",
    [
        b"not json at all",
        json.dumps(_profile(formats="doc")).encode(),
        json.dumps(_profile(id="eastmere")).encode(),
    ],
)
def test_a_bad_profile_file_is_refused_and_nothing_copied(
    home: Path, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "council.json"
    source.write_bytes(content)
    with pytest.raises(BadInputFile) as caught:
        council_profiles.import_profile_file(source)
    assert "Nothing was changed" in str(caught.value)
    folder = council_profiles.imported_dir()
    assert not folder.exists() or not any(folder.iterdir())
