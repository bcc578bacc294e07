"""Which council's rules the financial check-up follows, and adding a council from a file.

Councils differ (how often, receipt threshold, contingency, formats). dpwallet ships a
few profiles; a peer support service can hand out a file for a council we do not ship.
Importing checks the whole file with :func:`load_profile` first, so a bad file is
refused with a kind sentence and nothing is copied. Profiles hold no personal data, so
they live beside the settings in ``config_dir() / "councils"``, not in the wallet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from dpwallet import settings
from dpwallet.domain.council_profile import (
    CouncilProfile,
    bundled_profiles,
    default_profile,
    load_profile,
)
from dpwallet.domain.errors import BadInputFile, UsageError
from dpwallet.i18n import _
from dpwallet.models import WalletInfo
from dpwallet.services.changes import Changes
from dpwallet.services.wallet import Wallet
from dpwallet.storage import atomic

log = logging.getLogger(__name__)
ENTITIES = ("wallet",)


@dataclass(frozen=True)
class ProfileChoice:
    """A council the person can pick; ``bundled`` False means it came from a file."""

    profile: CouncilProfile
    bundled: bool


@dataclass(frozen=True)
class CouncilSetting:
    """The wallet's council rules as chosen now, and the person's council reference."""

    profile: CouncilProfile
    reference: str
    council: str


def imported_dir() -> Path:
    return settings.config_dir() / "councils"


def imported_profiles() -> dict[str, CouncilProfile]:
    """Profiles imported earlier; a file damaged since is skipped (and logged), not fatal."""
    found: dict[str, CouncilProfile] = {}
    folder = imported_dir()
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        try:
            profile = load_profile(path)
        except BadInputFile:
            log.warning("An imported council profile could not be read and was skipped")
            continue
        found[profile.id] = profile
    return found


def available_profiles() -> list[ProfileChoice]:
    """Bundled profiles first (the default at the top), then imported ones, by name."""
    bundled = bundled_profiles()
    first = [ProfileChoice(bundled["default"], True)] if "default" in bundled else []
    rest = sorted(
        (ProfileChoice(p, True) for key, p in bundled.items() if key != "default"),
        key=lambda c: c.profile.name.casefold(),
    )
    imported = sorted(
        (ProfileChoice(p, False) for key, p in imported_profiles().items() if key not in bundled),
        key=lambda c: c.profile.name.casefold(),
    )
    return first + rest + imported


def profile_by_id(profile_id: str) -> CouncilProfile:
    """The profile with this id, bundled or imported; the default when it is gone."""
    for choice in available_profiles():
        if choice.profile.id == profile_id:
            return choice.profile
    return default_profile()


def current_setting(wallet: Wallet) -> CouncilSetting:
    with wallet.read() as session:
        info = session.scalars(select(WalletInfo)).first()
        profile_id = info.council_profile if info else ""
        reference = info.council_reference if info else ""
        council = info.council if info else ""
    profile = profile_by_id(profile_id) if profile_id else default_profile()
    return CouncilSetting(profile, reference, council)


def import_profile_file(path: Path) -> CouncilProfile:
    """Check ``path`` whole, then copy it in; a bad file raises ``BadInputFile``, copies nothing.

    A file may not replace a bundled council: that would silently change the rules
    for everyone who picked it.
    """
    profile = load_profile(path)
    if profile.id in bundled_profiles():
        raise BadInputFile(
            _(
                "The council settings file {file} has the same name as a council dpwallet "
                "already knows ({council}). Nothing was changed. You can pick that council "
                "from the list instead."
            ).format(file=path.name, council=profile.name)
        )
    folder = imported_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic.write_bytes(folder / f"{profile.id}.json", path.read_bytes())
    return profile


def choose_profile(wallet: Wallet, profile_id: str, reference: str | None = None) -> Changes:
    """Set the wallet's council profile (and reference, when given) in one command."""
    known = {c.profile.id: c.profile for c in available_profiles()}
    if profile_id not in known:
        raise UsageError(_("That council is not in the list any more. Please choose again."))
    cleaned = None if reference is None else " ".join(reference.split())[:100]
    with wallet.command("choose council profile", *ENTITIES) as session:
        info = session.scalars(select(WalletInfo)).one()
        info.council_profile = profile_id
        if cleaned is not None:
            info.council_reference = cleaned
    text = _("Your council is now {council}.").format(council=known[profile_id].name)
    return Changes("choose council profile", frozenset(ENTITIES), (), text)
