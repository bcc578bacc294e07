"""The check-up honours a council profile imported from a file, and its pack carries payslips."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from dpwallet.domain.money import Money
from dpwallet.services.council_profiles import choose_profile, import_profile_file
from dpwallet.services.demo import write_demo
from dpwallet.services.return_history import prepare_sheet, write_files
from dpwallet.services.returns import gather
from dpwallet.services.wallet import Wallet
from tests.conftest import PASSPHRASE


def test_an_imported_profile_is_used_by_every_path(
    new_wallet: Wallet, tmp_path: Path, home: Path
) -> None:
    source = Path(__file__).parents[2] / "resources" / "councils" / "eastmere.json"
    data = json.loads(source.read_text("utf-8"))
    data.update(id="northvale", name="Northvale Council (example)", receipt_threshold_pence=4200)
    handed_out = tmp_path / "northvale.json"
    handed_out.write_text(json.dumps(data), "utf-8")
    import_profile_file(handed_out)
    choose_profile(new_wallet, "northvale")
    inputs = gather(new_wallet, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert inputs.profile.id == "northvale"
    assert inputs.profile.receipt_threshold == Money(4200)


def test_the_evidence_pack_from_the_screens_carries_payslips(tmp_path: Path) -> None:
    wallet = write_demo(tmp_path / "Demo", passphrase=PASSPHRASE, seed=5)
    try:
        end = wallet.clock.today().replace(day=1) - dt.timedelta(days=1)
        start = end.replace(day=1)
        sheet = prepare_sheet(wallet, start, end)
        out = tmp_path / "out"
        out.mkdir()
        (pack,) = write_files(wallet, sheet, out, [".zip"])
    finally:
        wallet.lock()
    with zipfile.ZipFile(pack) as bundle:
        names = bundle.namelist()
    assert sum("payslip" in n.lower() for n in names) >= 4  # weekly pay for a month
