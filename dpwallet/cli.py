"""The command line: the same services as the app, for scripts, support workers and our checks.

Errors are one plain sentence on stderr with exit status 2 (usage), 3 (wrong passphrase
or key), 4 (a file dpwallet cannot read) or 1 (anything else); never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from dpwallet import __version__
from dpwallet.cli_payroll import add_payroll_parser
from dpwallet.domain.errors import DpwalletError, UsageError
from dpwallet.i18n import LANGUAGES, _
from dpwallet.logs import configure_logging

log = logging.getLogger("dpwallet.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage problem is one plain sentence and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            _("{problem}. Try \u201c{prog} --help\u201d.").format(
                problem=message[:1].upper() + message[1:], prog=self.prog
            )
        )


def _emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if getattr(args, "json", False) else text)


def passphrase(prompt: str, env: str = "DPWALLET_PASSPHRASE", *, confirm: bool = False) -> str:
    """From the environment when set, else a hidden prompt (twice when making a new one)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(
            _("Set {env} or run dpwallet in a terminal so it can ask for the passphrase.").format(
                env=env
            )
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(_("Type it again: ")) != first:
        raise UsageError(_("The two passphrases were different. Please try again."))
    return first


# ---------------------------------------------------------------- handlers
def cmd_create(args: argparse.Namespace) -> int:
    from dpwallet.export.recovery_sheet_pdf import write_recovery_sheet
    from dpwallet.services.wallet import Wallet

    secret = passphrase(_("Choose a passphrase: "), confirm=True)
    created = Wallet.create(args.wallet, name=args.name, council=args.council, passphrase=secret)
    folder = created.wallet.paths.folder
    created.wallet.lock()
    data: dict[str, Any] = {"wallet": str(folder), "recovery_code": created.recovery_code}
    if args.recovery_sheet:
        from dpwallet.domain.clock import SystemClock

        sheet = write_recovery_sheet(
            Path(args.recovery_sheet), created.recovery_code, folder.name, SystemClock().today()
        )
        data["recovery_sheet"] = str(sheet)
    _emit(
        args,
        data,
        _(
            "Your wallet is ready: {path}\nRecovery code: {code}\n"
            "Write the recovery code down and keep it safe: it opens the wallet if you forget "
            "your passphrase."
        ).format(path=folder, code=created.recovery_code),
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dpwallet.services.demo import write_demo

    if args.years < 1 or args.years > 30:
        raise UsageError(_("Choose between 1 and 30 years of demo data."))
    secret = passphrase(_("Choose a passphrase for the demo wallet: "), confirm=True)
    wallet = write_demo(args.wallet, passphrase=secret, seed=args.seed, years=args.years)
    summary = wallet.summary()
    wallet.lock()
    _emit(
        args,
        {"wallet": str(wallet.paths.folder), **summary.to_json()},
        _("Demo wallet written: {path}").format(path=wallet.paths.folder),
    )
    return 0


def _unlock(path: str, *, upgrade: bool = True) -> Any:
    from dpwallet.services.wallet import Wallet

    remembered = Wallet.remembered_on_this_computer(path)
    secret = None if remembered else passphrase(_("Passphrase: "))
    return Wallet.unlock(path, passphrase=secret, upgrade=upgrade)


def cmd_info(args: argparse.Namespace) -> int:
    from dpwallet.i18n.formatting import format_money

    wallet = _unlock(args.wallet)
    try:
        summary = wallet.summary()
    finally:
        wallet.lock()
    lines = [
        summary.name,
        _("Council: {council}").format(council=summary.council or "-"),
        _("Money you have: {amount}").format(amount=format_money(summary.balance)),
    ]
    lines += [f"  {a.name}: {format_money(a.balance)}" for a in summary.accounts]
    _emit(args, summary.to_json(), "\n".join(lines))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    wallet = _unlock(args.wallet, upgrade=False)
    try:
        problems = wallet.check()
    finally:
        wallet.lock()
    text = (
        _("All is well: the wallet passed every check.")
        if not problems
        else _("The wallet has {count} problem(s). Restore your newest backup.").format(
            count=len(problems)
        )
    )
    _emit(args, {"ok": not problems, "problems": problems}, text)
    return 0 if not problems else 1


def cmd_backup(args: argparse.Namespace) -> int:
    wallet = _unlock(args.wallet)
    try:
        path = wallet.backup(Path(args.dest_dir), reason="manual")
    finally:
        wallet.lock()
    _emit(args, {"backup": str(path)}, _("Backup written and checked: {path}").format(path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from dpwallet.services.restore import restore

    code = args.recovery_code
    secret = None if code else passphrase(_("Passphrase of the wallet when it was backed up: "))
    safety = restore(Path(args.backup), args.wallet, passphrase=secret, recovery_code=code)
    data = {"wallet": args.wallet, "safety_backup": str(safety) if safety else None}
    text = (
        _("Restored. The wallet as it was before is kept in {path}.").format(path=safety)
        if safety
        else _("Restored into {path}.").format(path=args.wallet)
    )
    _emit(args, data, text)
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    wallet = _unlock(args.wallet)
    try:
        new = passphrase(_("New passphrase: "), "DPWALLET_NEW_PASSPHRASE", confirm=True)
        wallet.change_passphrase(new)
    finally:
        wallet.lock()
    _emit(args, {"changed": True}, _("Your passphrase has been changed."))
    return 0


def cmd_reset_passphrase(args: argparse.Namespace) -> int:
    from dpwallet.services.wallet import reset_passphrase

    new = passphrase(_("New passphrase: "), "DPWALLET_NEW_PASSPHRASE", confirm=True)
    reset_passphrase(args.wallet, args.recovery_code, new)
    _emit(args, {"changed": True}, _("Your new passphrase is set. Keep your recovery sheet safe."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from dpwallet.i18n.formatting import format_money
    from dpwallet.services.statements import import_statement, read_file

    data = read_file(Path(args.file))  # read before unlocking: a bad file costs no passphrase
    wallet = _unlock(args.wallet)
    try:
        result = import_statement(
            wallet, data, Path(args.file).name, account=args.account, fmt=args.format
        )
    finally:
        wallet.lock()
    _emit(
        args,
        result.to_json(),
        _(
            "Added {added} payments to {account} ({duplicates} were already there). "
            "Balance: {balance}"
        ).format(
            added=result.added,
            account=result.account,
            duplicates=result.duplicates,
            balance=format_money(result.balance),
        ),
    )
    return 0


RETURN_FORMATS = (".pdf", ".xlsx", ".csv", ".json", ".zip", ".eml")


def _day(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(
            _("{flag} needs a date like 2026-03-31; \u201c{text}\u201d is not one.").format(
                flag=flag, text=text
            )
        ) from exc


def cmd_return(args: argparse.Namespace) -> int:
    from dpwallet.domain.reconciliation import build_sheet
    from dpwallet.export import return_files

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in RETURN_FORMATS:
        raise UsageError(
            _("Choose a file name ending in {formats} for the financial check-up.").format(
                formats=", ".join(RETURN_FORMATS)
            )
        )
    start, end = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    wallet = _unlock(args.wallet)
    try:
        from dpwallet.services.returns import gather, payslip_files, receipt_files

        sheet = build_sheet(gather(wallet, start, end, note=args.note or ""))
        pack = suffix == ".zip"
        receipts = receipt_files(wallet, start, end) if pack else []
        payslips = payslip_files(wallet, start, end) if pack else []
    finally:
        wallet.lock()
    written = return_files.write(sheet, out, receipts=receipts, payslips=payslips)
    _emit(
        args,
        {"file": str(written), "reconciles": sheet.reconciles},
        _("Financial check-up written: {path}").format(path=written),
    )
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    return _gui(args, Path(args.wallet))


def _gui(args: argparse.Namespace, wallet: Path | None = None) -> int:
    from dpwallet.app import run_gui

    return run_gui(wallet, demo=bool(getattr(args, "demo", False)), language=args.lang)


# ------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dpwallet", description=_("dpwallet: your direct payment wallet."))
    parser.add_argument("--version", action="version", version=f"dpwallet {__version__}")
    parser.add_argument("--demo", action="store_true", help=_("start the app on a demo wallet"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language for the app"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_text: str,
        *,
        json_flag: bool = True,
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help=_("print JSON for other programs"))
        p.set_defaults(func=handler)
        return p

    p = command("open", cmd_open, _("open a wallet in the app"), json_flag=False)
    p.add_argument("wallet")
    p = command("create", cmd_create, _("make a new wallet"))
    p.add_argument("wallet")
    p.add_argument("--name", required=True)
    p.add_argument("--council", default="")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf")
    p = command("demo", cmd_demo, _("write a demo wallet with made-up people and money"))
    p.add_argument("wallet")
    p.add_argument("--years", type=int, default=2)
    p.add_argument("--seed", type=int, default=1)
    for name, handler, text in (
        ("info", cmd_info, _("show what is in a wallet")),
        ("check", cmd_check, _("check a wallet is whole")),
        ("change-passphrase", cmd_change_passphrase, _("change a wallet's passphrase")),
    ):
        command(name, handler, text).add_argument("wallet")
    p = command("backup", cmd_backup, _("write a checked backup to a folder"))
    p.add_argument("wallet")
    p.add_argument("dest_dir")
    p = command("restore", cmd_restore, _("put a backup back in place"))
    p.add_argument("backup")
    p.add_argument("wallet")
    p.add_argument("--recovery-code")
    p = command(
        "reset-passphrase", cmd_reset_passphrase, _("set a new passphrase with the recovery code")
    )
    p.add_argument("wallet")
    p.add_argument("--recovery-code", required=True)
    p = command("import", cmd_import, _("import a bank or card statement"))
    p.add_argument("wallet")
    p.add_argument("file")
    p.add_argument("--account", help=_("the account to add to (made if new)"))
    p.add_argument("--format", choices=("auto", "csv", "ofx", "qif"), default="auto")
    p = command("return", cmd_return, _("write the financial check-up for a period"))
    p.add_argument("wallet")
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--note", help=_("a note from you to the council"))
    add_payroll_parser(sub)
    from dpwallet.cli_payroll_wallet import add_payroll_wallet_commands

    add_payroll_wallet_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            from dpwallet.i18n import set_language

            set_language(args.lang)
        handler = getattr(args, "func", None)
        if handler is None:
            return _gui(args)
        return int(handler(args))
    except DpwalletError as error:
        print(str(error), file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:  # output piped into a program that stopped reading (head)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the exit flush
        return 1
    except KeyboardInterrupt:
        print(_("Stopped. Nothing was changed."), file=sys.stderr)
        return 1
    except Exception as error:  # the last line of defence: never a traceback
        log.error("Unexpected %s in the command line", type(error).__name__, exc_info=False)
        print(
            _(
                "Something went wrong that dpwallet did not expect ({kind}). Your wallet was not "
                "changed. Please try again."
            ).format(kind=type(error).__name__),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
