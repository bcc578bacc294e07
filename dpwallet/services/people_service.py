"""Personal assistants, their pay rates and their shifts, kept in the wallet.

Why a service: the screens and the CLI both add PAs and fill in a week of
shifts, and both must refuse the same impossible things with the same kind
sentence before anything is written. Every change is one ``wallet.command``
(one transaction, one audit entry). ORM rows never leave this module; callers
get plain dataclasses.

Shift times are wall-clock times as written on the timesheet (see
``dpwallet.domain.timesheets``); they are stored tagged as UTC, as the demo does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpwallet.domain.errors import UsageError
from dpwallet.domain.money import Money
from dpwallet.domain.payroll.paye import parse_tax_code
from dpwallet.domain.payroll.periods import Frequency
from dpwallet.domain.timesheets import (
    ShiftEntry,
    ShiftType,
    overlap_message,
    overlaps,
    paid_hours,
    problems,
)
from dpwallet.i18n import _
from dpwallet.i18n.formatting import format_date
from dpwallet.models import Outcome, PayRate, PersonalAssistant, Shift
from dpwallet.services.undo import undoable
from dpwallet.services.wallet import Wallet

KEEP = object()  # update_shift: leave the outcome as it is

PENSION_STATUSES = ("not_assessed", "not_eligible", "postponed", "enrolled", "opted_out")
_NI_SHAPE = re.compile(r"^([A-Z]{2})(\d{6})([A-D])$")
_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIOQUV")
_NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


@dataclass(frozen=True)
class AssistantDetails:
    """Everything the person can type about a PA (what the PA form edits)."""

    name: str
    start_date: dt.date
    date_of_birth: dt.date | None = None
    ni_number: str = ""
    contact: str = ""
    tax_code: str = "1257L"
    week1_month1: bool = False
    ni_category: str = "A"
    pay_frequency: str = "weekly"
    irregular_hours: bool = False
    rolled_up_holiday_pay: bool = False
    pension_status: str = "not_assessed"
    pension_enrolled_on: dt.date | None = None
    contract_signed_on: dt.date | None = None
    insurance_renewal: dt.date | None = None
    dbs_checked_on: dt.date | None = None
    end_date: dt.date | None = None


@dataclass(frozen=True)
class AssistantRow(AssistantDetails):
    id: int = 0


@dataclass(frozen=True)
class RateDetails:
    """Hourly rates from a date. ``None`` enhancements are paid at the basic rate."""

    effective_from: dt.date
    basic: Money
    weekend: Money | None = None
    bank_holiday: Money | None = None
    night: Money | None = None
    sleep_in: Money | None = None  # a flat amount for each sleep-in


@dataclass(frozen=True)
class ShiftRow:
    id: int
    assistant_id: int
    entry: ShiftEntry
    hours: Decimal
    approved: bool
    paid: bool  # already in a confirmed pay run
    note: str
    outcome_id: int | None = None  # what this time was for (an outcome in the care plan)


# ------------------------------------------------------------------ validation
def normalise_ni_number(text: str) -> str:
    """'ab 12 34 56 c' to 'AB123456C'; '' stays ''. Kind UsageError if it cannot be one."""
    cleaned = re.sub(r"\s+", "", text).upper()
    if not cleaned:
        return ""
    match = _NI_SHAPE.match(cleaned)
    prefix = match.group(1) if match else ""
    if (
        not match
        or prefix[0] in _NI_BAD_FIRST
        or prefix[1] in _NI_BAD_SECOND
        or prefix in _NI_BAD_PREFIX
    ):
        raise UsageError(
            _(
                "\u201c{text}\u201d does not look like a National Insurance number. They have "
                "two letters, six numbers and one letter A to D, like AB 12 34 56 C. It is on "
                "the PA's payslips or P60, or in their HMRC app."
            ).format(text=text.strip())
        )
    return cleaned


def _check_details(details: AssistantDetails) -> AssistantDetails:
    """Tidy and check the form; every refusal is one sentence saying what to change."""
    name = " ".join(details.name.split())
    if not name:
        raise UsageError(_("Please enter the personal assistant's name."))
    frequency = Frequency.parse(details.pay_frequency).value
    code = details.tax_code.strip().upper() or "1257L"
    parse_tax_code(code)  # refuses a code that cannot be right, in a kind sentence
    if details.pension_status not in PENSION_STATUSES:
        raise UsageError(
            _("Choose a pension status from: {choices}.").format(
                choices=", ".join(PENSION_STATUSES)
            )
        )
    category = details.ni_category.strip().upper() or "A"
    if len(category) != 1 or not category.isalpha():
        raise UsageError(_("The NI category is one letter, usually A."))
    if details.end_date and details.end_date < details.start_date:
        raise UsageError(_("The leaving date is before the start date; please check them."))
    return _replace(
        details,
        name=name,
        ni_number=normalise_ni_number(details.ni_number),
        pay_frequency=frequency,
        tax_code=code,
        ni_category=category,
    )


def _replace(details: AssistantDetails, **changes: object) -> AssistantDetails:
    values = {f.name: getattr(details, f.name) for f in fields(AssistantDetails)}
    values.update(changes)
    return AssistantDetails(**values)


def _row(pa: PersonalAssistant) -> AssistantRow:
    values = {f.name: getattr(pa, f.name) for f in fields(AssistantDetails)}
    return AssistantRow(id=pa.id, **values)


# ------------------------------------------------------------------ assistants
def add_assistant(wallet: Wallet, details: AssistantDetails) -> int:
    """Add a PA; returns their id."""
    clean = _check_details(details)
    with wallet.command("add personal assistant", "personal_assistant") as session:
        pa = PersonalAssistant(**asdict(clean))
        session.add(pa)
        session.flush()
        return pa.id


def update_assistant(wallet: Wallet, assistant_id: int, details: AssistantDetails) -> None:
    """Change a PA's record (their pay history and shifts stay as they were)."""
    clean = _check_details(details)
    with wallet.command("edit personal assistant", "personal_assistant") as session:
        pa = _assistant(session, assistant_id)
        for key, value in asdict(clean).items():
            setattr(pa, key, value)


def _assistant(session: Session, assistant_id: int) -> PersonalAssistant:
    pa = session.get(PersonalAssistant, assistant_id)
    if pa is None:
        raise UsageError(_("We could not find that personal assistant in this wallet."))
    return pa


def list_assistants(wallet: Wallet, *, include_leavers: bool = True) -> list[AssistantRow]:
    with wallet.read() as session:
        rows = [_row(pa) for pa in session.scalars(select(PersonalAssistant))]
    if not include_leavers:
        rows = [r for r in rows if r.end_date is None]
    return sorted(rows, key=lambda r: r.name.casefold())


def get_assistant(wallet: Wallet, assistant_id: int) -> AssistantRow:
    with wallet.read() as session:
        return _row(_assistant(session, assistant_id))


# ------------------------------------------------------------------ pay rates
def set_pay_rate(wallet: Wallet, assistant_id: int, rate: RateDetails) -> int:
    """Add rates from a date (a pay rise); the same date again replaces that row."""
    amounts = [rate.basic, rate.weekend, rate.bank_holiday, rate.night, rate.sleep_in]
    if rate.basic.pence <= 0 or any(a is not None and a.pence < 0 for a in amounts):
        raise UsageError(_("Please enter an hourly rate above £0.00."))
    with wallet.command("set pay rate", "pay_rate") as session:
        _assistant(session, assistant_id)
        row = session.scalars(
            select(PayRate).where(
                PayRate.assistant_id == assistant_id,
                PayRate.effective_from == rate.effective_from,
            )
        ).first()
        if row is None:
            row = PayRate(assistant_id=assistant_id, effective_from=rate.effective_from)
            session.add(row)
        row.base_hourly = rate.basic
        row.weekend_hourly = rate.weekend
        row.bank_holiday_hourly = rate.bank_holiday
        row.night_hourly = rate.night
        row.sleep_in_flat = rate.sleep_in
        session.flush()
        return row.id


def pay_rates(wallet: Wallet, assistant_id: int) -> list[RateDetails]:
    """A PA's rates, oldest first."""
    with wallet.read() as session:
        rows = session.scalars(
            select(PayRate)
            .where(PayRate.assistant_id == assistant_id)
            .order_by(PayRate.effective_from)
        ).all()
        return [rate_details(r) for r in rows]


def rate_details(row: PayRate) -> RateDetails:
    return RateDetails(
        row.effective_from,
        row.base_hourly,
        row.weekend_hourly,
        row.bank_holiday_hourly,
        row.night_hourly,
        row.sleep_in_flat,
    )


# ------------------------------------------------------------------ shifts
def shift_entry(row: Shift) -> ShiftEntry:
    kind = ShiftType.parse(row.kind) if row.kind else ShiftType.NORMAL
    awake = row.hours if kind is ShiftType.SLEEP_IN else None
    start, end = row.start_at.replace(tzinfo=None), row.end_at.replace(tzinfo=None)
    return ShiftEntry(start, end, row.break_minutes, kind, awake, row.id)


def _shift_row(row: Shift) -> ShiftRow:
    return ShiftRow(
        row.id,
        row.assistant_id,
        shift_entry(row),
        row.hours,
        row.approved,
        row.pay_run_id is not None,
        row.note,
        row.outcome_id,
    )


def _check_outcome(session: Session, outcome_id: int | None) -> int | None:
    if outcome_id is not None and session.get(Outcome, outcome_id) is None:
        raise UsageError(_("We could not find that outcome; please choose another one."))
    return outcome_id


def _check_shift(session: Session, pa: PersonalAssistant, entry: ShiftEntry) -> Decimal:
    """Refuse an impossible or overlapping shift; returns the hours to pay."""
    found = problems(entry)
    if found:
        raise UsageError(" ".join(found))
    if entry.day < pa.start_date or (pa.end_date and entry.day > pa.end_date):
        raise UsageError(
            _(
                "{name} did not work for you on that date, going by their start and end dates."
            ).format(name=pa.name)
        )
    window = dt.timedelta(days=1)
    nearby = session.scalars(
        select(Shift).where(
            Shift.assistant_id == pa.id,
            Shift.start_at < entry.end + window,
            Shift.end_at > entry.start - window,
        )
    ).all()
    clashes = overlaps(entry, [shift_entry(s) for s in nearby])
    if clashes:
        raise UsageError(overlap_message(pa.name, entry, clashes[0]))
    return paid_hours(entry)


def _stored(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC)


def _insert_shift(
    session: Session,
    pa: PersonalAssistant,
    entry: ShiftEntry,
    approved: bool,
    note: str,
    outcome_id: int | None = None,
) -> int:
    hours = _check_shift(session, pa, entry)
    row = Shift(
        assistant_id=pa.id,
        start_at=_stored(entry.start),
        end_at=_stored(entry.end),
        break_minutes=entry.break_minutes,
        kind=entry.kind.value,
        hours=hours,
        approved=approved,
        note=note,
        outcome_id=_check_outcome(session, outcome_id),
    )
    session.add(row)
    session.flush()
    return row.id


def add_shift(
    wallet: Wallet,
    assistant_id: int,
    entry: ShiftEntry,
    *,
    approved: bool = True,
    note: str = "",
    outcome_id: int | None = None,
) -> int:
    """Record one shift (or holiday taken, or a day off sick) after the checks; returns its id.

    ``outcome_id`` optionally says which care-plan outcome the time was for.
    """
    with wallet.command("add shift", "shift") as session:
        pa = _assistant(session, assistant_id)
        return _insert_shift(session, pa, entry, approved, note, outcome_id)


def _editable(session: Session, shift_id: int) -> Shift:
    row = session.get(Shift, shift_id)
    if row is None:
        raise UsageError(_("We could not find that shift; it may have been removed already."))
    if row.pay_run_id is not None:
        raise UsageError(
            _(
                "This shift has already been paid, so it stays as it is. If something was "
                "different, add the difference to the next pay period."
            )
        )
    return row


def update_shift(
    wallet: Wallet,
    shift_id: int,
    entry: ShiftEntry,
    *,
    approved: bool | None = None,
    outcome_id: int | None | object = KEEP,
) -> None:
    """Change an unpaid shift's times, break, kind or outcome (``None`` clears the outcome)."""
    with wallet.command("edit shift", "shift") as session:
        row = _editable(session, shift_id)
        pa = _assistant(session, row.assistant_id)
        entry = ShiftEntry(
            entry.start, entry.end, entry.break_minutes, entry.kind, entry.awake_hours, row.id
        )
        row.hours = _check_shift(session, pa, entry)
        row.start_at, row.end_at = _stored(entry.start), _stored(entry.end)
        row.break_minutes, row.kind = entry.break_minutes, entry.kind.value
        if approved is not None:
            row.approved = approved
        if outcome_id is not KEEP:
            assert outcome_id is None or isinstance(outcome_id, int)
            row.outcome_id = _check_outcome(session, outcome_id)


def removal_label(day: dt.date) -> str:
    """The undo stack's words for removing the shift on ``day`` (the Edit menu shows them)."""
    return _("Remove the shift on {day}").format(day=format_date(day))


def delete_shift(wallet: Wallet, shift_id: int) -> None:
    """Remove an unpaid shift; the wallet's undo stack can put the same row back."""
    with wallet.read() as session:
        day = _editable(session, shift_id).start_at.date()
    with undoable(wallet, "remove shift", removal_label(day), "shift") as session:
        session.delete(_editable(session, shift_id))


def shifts_between(
    wallet: Wallet, assistant_id: int, first: dt.date, last: dt.date
) -> list[ShiftRow]:
    """Shifts starting from ``first`` to ``last`` inclusive, in time order."""
    lo = _stored(dt.datetime.combine(first, dt.time()))
    hi = _stored(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
    with wallet.read() as session:
        rows = session.scalars(
            select(Shift)
            .where(Shift.assistant_id == assistant_id, Shift.start_at >= lo, Shift.start_at < hi)
            .order_by(Shift.start_at)
        ).all()
        return [_shift_row(r) for r in rows]


def week_shifts(wallet: Wallet, assistant_id: int, monday: dt.date) -> list[ShiftRow]:
    """The week grid: shifts starting Monday to Sunday of the week containing ``monday``."""
    first = monday - dt.timedelta(days=monday.weekday())
    return shifts_between(wallet, assistant_id, first, first + dt.timedelta(days=6))


def copy_last_week(wallet: Wallet, assistant_id: int, monday: dt.date) -> list[int]:
    """Copy the week before into this week (same days and times); returns the new ids.

    Shifts that would overlap something already in this week are left out, so
    copying twice does no harm. Copies are approved like the originals. Days off
    sick are not copied: being ill last week says nothing about this week.
    """
    first = monday - dt.timedelta(days=monday.weekday())
    last_week = week_shifts(wallet, assistant_id, first - dt.timedelta(days=7))
    if not last_week:
        raise UsageError(_("There are no shifts in the week before to copy."))
    week = dt.timedelta(days=7)
    added: list[int] = []
    with wallet.command("copy last week's shifts", "shift") as session:
        pa = _assistant(session, assistant_id)
        for old in last_week:
            e = old.entry
            if e.kind is ShiftType.SICK:
                continue
            entry = ShiftEntry(e.start + week, e.end + week, e.break_minutes, e.kind, e.awake_hours)
            try:
                added.append(_insert_shift(session, pa, entry, old.approved, old.note))
            except UsageError:
                continue  # already there, or the PA had left by then: skip quietly
    return added
