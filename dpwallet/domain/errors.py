"""Errors the core raises with a kind, specific sentence for the person.

Every message says what is wrong, where, and what to do. The UI and CLI show
``str(error)`` as it is; they never show a traceback.
"""

from __future__ import annotations


class DpwalletError(Exception):
    """Base for errors meant for the person. ``exit_code`` is the CLI status."""

    exit_code = 1


class UsageError(DpwalletError):
    exit_code = 2


class WrongSecret(DpwalletError):
    """A passphrase, recovery code or remembered key that does not open this wallet."""

    exit_code = 3


class BadInputFile(DpwalletError):
    """A file given to dpwallet (statement, backup, profile) that it cannot read."""

    exit_code = 4


class ImportRejected(BadInputFile):
    """A statement refused whole; nothing was imported."""


class WalletDamaged(DpwalletError):
    """The key opened the header but the database itself is damaged."""


class WalletTooNew(DpwalletError):
    """A wallet written by a newer dpwallet; we never touch it."""


class MigrationFailed(DpwalletError):
    """An upgrade failed and was rolled back; the wallet is as it was."""
