"""The demo wallet: about two years of made-up direct payment life, ending today.

Peer-support workers show dpwallet on their own laptops, so the demo lives in its own
temporary folder, never uses the keyring and is deleted when closed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from dpwallet.domain import categories
from dpwallet.domain.clock import Clock, SystemClock
from dpwallet.domain.money import Money, total
from dpwallet.domain.payroll.pay_lines import PayRates, ShiftKind
from dpwallet.domain.payroll.pay_lines import Shift as WorkShift
from dpwallet.domain.payroll.payslip import (
    PaDetails,
    PayPeriod,
    PayRunInput,
    PensionSetup,
    YearToDate,
    calculate_payslip,
)
from dpwallet.domain.payroll.periods import Frequency, paye_period, tax_year_of
from dpwallet.domain.payroll.rates import TaxYearRates, available_tax_years, load_rates
from dpwallet.models import (
    Account,
    Agreement,
    NominatedPerson,
    Outcome,
    PayRate,
    PayRun,
    PersonalAssistant,
    Receipt,
    Shift,
    Transaction,
    WalletInfo,
)
from dpwallet.services import demo_data as data
from dpwallet.services.payroll_service import payslip_row
from dpwallet.services.wallet import Wallet

CONTRIBUTION = Money(3500)  # every week
BASE_RATE, WEEKEND_RATE, BANK_HOLIDAY_RATE = Money(1350), Money(1500), Money(2025)


def _rates(day: dt.date) -> TaxYearRates:
    return load_rates(tax_year_of(day))


def _has_rates(day: dt.date) -> bool:
    """dpwallet ships rates from 2025-26; before that the made-up person used a payroll
    service, as many people do, so those weeks have wages but no payslips of ours."""
    return tax_year_of(day) in available_tax_years()


@dataclass
class _Builder:
    session: Session
    rng: random.Random
    start: dt.date
    end: dt.date
    clock: Clock
    bank: Account = field(init=False)
    outcomes: list[Outcome] = field(default_factory=list)
    ytd: dict[tuple[int, str], YearToDate] = field(default_factory=dict)
    allowance_used: dict[str, Money] = field(default_factory=dict)
    service_due: dict[tuple[int, int], Money] = field(default_factory=dict)
    hmrc_due: dict[tuple[int, int], Money] = field(default_factory=dict)
    pension_due: dict[tuple[int, int], Money] = field(default_factory=dict)
    receipts_left: int = 0
    council_payment: Money = Money(0)
    council: str = ""

    def tx(
        self,
        day: dt.date,
        pence: int,
        payee: str,
        description: str,
        *,
        category: str = "",
        outcome: Outcome | None = None,
        source: str = "manual",
        account: Account | None = None,
    ) -> Transaction:
        row = Transaction(
            account_id=(account or self.bank).id,
            date=day,
            amount=Money(pence),
            payee=payee,
            description=description,
            category=category,
            outcome_id=outcome.id if outcome else None,
            source=source,
            reconciled=day < self.end - dt.timedelta(days=35),
            created_at=self.clock.now(),
        )
        self.session.add(row)
        return row


def build_demo(session: Session, *, seed: int, years: int, today: dt.date, clock: Clock) -> None:
    rng = random.Random(seed)
    start = today - dt.timedelta(days=round(365.25 * years))
    start -= dt.timedelta(days=start.weekday())  # a Monday
    b = _Builder(session, rng, start, today, clock)
    info = session.query(WalletInfo).one()
    b.council = info.council
    session.add(
        NominatedPerson(
            wallet_id=info.id, name=data.parent_name(rng, info.name), relationship="Mother"
        )
    )
    agreement = Agreement(
        start_date=start,
        end_date=None,
        gross_budget=Money(0),
        contribution=CONTRIBUTION * 4,
        net_payment=Money(0),
        payment_frequency="four-weekly",
        next_payment_date=_next_council_day(start, today),
        contribution_frequency="weekly",
        contingency_weeks=8,
    )
    session.add(agreement)
    for position, (text, hours, money) in enumerate(data.OUTCOMES[: rng.randrange(3, 6)]):
        outcome = Outcome(text=text, hours_per_week=hours, money_per_week=money, position=position)
        session.add(outcome)
        b.outcomes.append(outcome)
    b.bank = Account(
        name="Direct payment account",
        kind="bank",
        opening_balance=Money(150000),
        opening_date=start,
    )
    cash = Account(name="Petty cash", kind="cash", opening_balance=Money(5000), opening_date=start)
    session.add_all([b.bank, cash])
    session.flush()
    assistants = _assistants(b, rng.randrange(2, 4))
    weekly = total(plan.weekly_cost(BASE_RATE, WEEKEND_RATE) for _pa, plan in assistants)
    # The council pays enough for the plan's hours plus on-costs and activities, less the
    # contribution; a little slack makes a balance of a few weeks, as in real life.
    four_weeks = (weekly.times(Decimal("1.12")) + Money(15000)) * 4
    b.council_payment = Money(four_weeks.pence // 1000 * 1000) - CONTRIBUTION * 4
    agreement.gross_budget = b.council_payment + CONTRIBUTION * 4
    agreement.net_payment = b.council_payment
    b.receipts_left = 24 if years <= 2 else 12 * years
    day = start
    while day <= today:
        _one_week(b, day, assistants, cash)
        day += dt.timedelta(days=7)
    _monthly_payments(b)


def _next_council_day(start: dt.date, today: dt.date) -> dt.date:
    day = start
    while day <= today:
        day += dt.timedelta(days=28)
    return day


def _assistants(b: _Builder, count: int) -> list[tuple[PersonalAssistant, data.PaPlan]]:
    made = []
    for plan in data.pa_plans(b.rng, count):
        pa = PersonalAssistant(
            name=plan.name,
            contact=f"07700 900{b.rng.randrange(100, 999)}",
            date_of_birth=dt.date(plan.born_year, b.rng.randrange(1, 13), b.rng.randrange(1, 29)),
            ni_number=plan.ni_number,
            start_date=b.start,
            tax_code="1257L",
            ni_category="A",
            pay_frequency="weekly",
            pension_status="enrolled",
            pension_enrolled_on=b.start,
            contract_signed_on=b.start,
            insurance_renewal=b.end + dt.timedelta(days=b.rng.randrange(20, 300)),
            dbs_checked_on=b.start - dt.timedelta(days=200),
        )
        b.session.add(pa)
        b.session.flush()
        b.session.add(
            PayRate(
                assistant_id=pa.id,
                effective_from=b.start,
                base_hourly=BASE_RATE,
                weekend_hourly=WEEKEND_RATE,
                bank_holiday_hourly=BANK_HOLIDAY_RATE,
                night_hourly=None,
                sleep_in_flat=None,
            )
        )
        made.append((pa, plan))
    return made


def _one_week(
    b: _Builder,
    monday: dt.date,
    assistants: list[tuple[PersonalAssistant, data.PaPlan]],
    cash: Account,
) -> None:
    sunday = monday + dt.timedelta(days=6)
    if (monday - b.start).days % 28 == 0:
        b.tx(
            monday,
            b.council_payment.pence,
            b.council,
            "Direct payment",
            category=categories.COUNCIL_PAYMENT,
            source="import",
        )
    if monday.day <= 7:
        _cash_top_up(b, monday, cash)
    b.tx(
        monday + dt.timedelta(days=1),
        CONTRIBUTION.pence,
        "My contribution",
        "Weekly contribution",
        category=categories.CONTRIBUTION,
    )
    payday = sunday + dt.timedelta(days=5)
    if payday <= b.end and not _has_rates(monday):
        for pa, plan in assistants:
            _paid_by_service(b, pa, plan, monday, payday)
    elif payday <= b.end:
        run = PayRun(
            tax_year=tax_year_of(payday),
            frequency="weekly",
            period=paye_period(payday, Frequency.WEEKLY),
            period_start=monday,
            period_end=sunday,
            pay_date=payday,
            status="confirmed",
            confirmed_at=b.clock.now(),
        )
        b.session.add(run)
        b.session.flush()
        for pa, plan in assistants:
            _pay_week(b, run, pa, plan, monday)
    else:  # worked but not paid yet: the Pay screen has a real period to work out
        for pa, plan in assistants:
            _shifts(b, pa, plan, monday, run_id=None)
    _spending(b, monday, cash)


def _pay_week(
    b: _Builder, run: PayRun, pa: PersonalAssistant, plan: data.PaPlan, monday: dt.date
) -> None:
    """Shifts for the week, then the payslip from the real payroll core (PAYE, NI,
    Employment Allowance, pension assessment), carried year to date like a real wallet."""
    work = _shifts(b, pa, plan, monday, run_id=run.id)
    ytd = b.ytd.get((pa.id, run.tax_year), YearToDate())
    allowance = b.allowance_used.get(run.tax_year, Money(0))
    slip = calculate_payslip(
        PayRunInput(
            pa=_pa_details(pa),
            period=PayPeriod(Frequency.WEEKLY, monday, run.period_end, run.pay_date),
            shifts=tuple(work),
            year_to_date=replace(ytd, employment_allowance_used=allowance),
        ),
        _rates(run.pay_date),
    )
    b.ytd[(pa.id, run.tax_year)] = slip.year_to_date
    b.allowance_used[run.tax_year] = allowance + slip.employment_allowance
    b.session.add(payslip_row(run.id, pa.id, slip))
    b.tx(
        run.pay_date,
        -slip.net_pay.pence,
        pa.name,
        "Wages",
        category=categories.WAGES,
        outcome=b.outcomes[plan.outcome_index],
        source="payroll",
    )
    month = (run.pay_date.year, run.pay_date.month)
    to_hmrc = slip.tax + slip.employee_ni + slip.employer_ni_payable
    b.hmrc_due[month] = b.hmrc_due.get(month, Money(0)) + to_hmrc
    to_scheme = slip.pension.total_to_scheme if slip.pension else Money(0)
    b.pension_due[month] = b.pension_due.get(month, Money(0)) + to_scheme


def _paid_by_service(
    b: _Builder, pa: PersonalAssistant, plan: data.PaPlan, monday: dt.date, payday: dt.date
) -> None:
    """Shifts, and the wages a payroll service worked out (its monthly bill covers HMRC)."""
    gross = Money(0)
    for weekday, hour, length in plan.slots:
        day = monday + dt.timedelta(days=weekday)
        starts = dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)
        gross += (WEEKEND_RATE if weekday >= 5 else BASE_RATE) * length
        b.session.add(
            Shift(
                assistant_id=pa.id,
                start_at=starts,
                end_at=starts + dt.timedelta(hours=length),
                hours=Decimal(length),
                outcome_id=b.outcomes[plan.outcome_index].id,
                approved=True,
                note="Paid through the payroll service",
            )
        )
    pension = gross.times(Decimal("0.05"))
    b.tx(
        payday,
        -(gross - pension).pence,
        pa.name,
        "Wages",
        category=categories.WAGES,
        outcome=b.outcomes[plan.outcome_index],
        source="manual",
    )
    month = (payday.year, payday.month)
    b.pension_due[month] = (
        b.pension_due.get(month, Money(0)) + pension + gross.times(Decimal("0.03"))
    )
    b.service_due[month] = b.service_due.get(month, Money(0)) + gross.times(Decimal("0.15"))


def _shifts(
    b: _Builder, pa: PersonalAssistant, plan: data.PaPlan, monday: dt.date, *, run_id: int | None
) -> list[WorkShift]:
    """The week's shifts up to today, approved, linked to the pay run that paid them."""
    work: list[WorkShift] = []
    for weekday, hour, length in plan.slots:
        day = monday + dt.timedelta(days=weekday)
        if day > b.end:
            continue
        starts = dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)
        work.append(WorkShift(day, Decimal(length), ShiftKind.DAY))
        b.session.add(
            Shift(
                assistant_id=pa.id,
                start_at=starts,
                end_at=starts + dt.timedelta(hours=length),
                hours=Decimal(length),
                outcome_id=b.outcomes[plan.outcome_index].id,
                approved=True,
                pay_run_id=run_id,
            )
        )
    return work


def _pa_details(pa: PersonalAssistant) -> PaDetails:
    assert pa.date_of_birth is not None
    return PaDetails(
        name=pa.name,
        rates=PayRates(
            basic=BASE_RATE.to_decimal(),
            weekend=WEEKEND_RATE.to_decimal(),
            bank_holiday=BANK_HOLIDAY_RATE.to_decimal(),
        ),
        date_of_birth=pa.date_of_birth,
        tax_code=pa.tax_code,
        ni_category=pa.ni_category,
        pension=PensionSetup(enrolled=True),
    )


def _spending(b: _Builder, monday: dt.date, cash: Account) -> None:
    for spend in data.ACTIVITIES:
        for _ in range(b.rng.randrange(0, 4 if spend.category == "Food and shopping" else 3)):
            day = monday + dt.timedelta(days=b.rng.randrange(0, 7))
            if day <= b.end:
                _spend(
                    b,
                    day,
                    spend,
                    account=cash
                    if spend.category == "Transport" and b.rng.random() < 0.3
                    else None,
                )
    if monday.day <= 7:
        _spend(b, monday + dt.timedelta(days=2), data.ART_CLUB)
    if b.rng.random() < 0.06:
        _spend(b, monday + dt.timedelta(days=4), data.AGENCY)


def _cash_top_up(b: _Builder, monday: dt.date, cash: Account) -> None:
    """Money moved to petty cash is a transfer between accounts, not spending."""
    group = f"cash-{monday.isoformat()}"
    out = b.tx(monday, -4000, "Petty cash", "Cash for taxis", category=categories.TRANSFER)
    into = b.tx(
        monday,
        4000,
        "Direct payment account",
        "Cash for taxis",
        category=categories.TRANSFER,
        account=cash,
    )
    out.transfer_group = into.transfer_group = group


def _spend(b: _Builder, day: dt.date, spend: data.Spend, account: Account | None = None) -> None:
    if day > b.end:
        return
    pence = b.rng.randrange(spend.low, spend.high + 1, 10) if spend.high > spend.low else spend.low
    index = spend.outcome_index
    outcome = b.outcomes[index % len(b.outcomes)] if index is not None else None
    row = b.tx(
        day,
        -pence,
        spend.payee,
        spend.description,
        category=spend.category,
        outcome=outcome,
        account=account,
    )
    # Recent payments mostly have their receipts (the next check-up needs them); older
    # ones sometimes, within a budget so a ten-year wallet stays a sensible size.
    recent = day >= b.end - dt.timedelta(days=120)
    keep = b.rng.random() < (0.9 if recent else 0.25)
    if pence > 1000 and keep and (recent or b.receipts_left > 0):
        b.session.flush()
        b.receipts_left -= 1
        image = data.receipt_png(f"{spend.payee}\n{day.isoformat()}\nTOTAL {Money(pence)}", b.rng)
        b.session.add(
            Receipt(
                transaction_id=row.id,
                file_name=f"receipt-{day.isoformat()}.png",
                media_type="image/png",
                sha256=hashlib.sha256(image).hexdigest(),
                size=len(image),
                content=image,
                added_at=b.clock.now(),
            )
        )


def _monthly_payments(b: _Builder) -> None:
    """HMRC is paid by the 22nd and the pension scheme by the 19th of the next month."""
    for dues, day, payee, description, category in (
        (b.hmrc_due, 22, "HMRC", "PAYE tax and National Insurance", categories.HMRC),
        (b.pension_due, 19, "NEST Pensions", "Workplace pension", categories.PENSION),
        (
            b.service_due,
            15,
            "Payroll Plus Ltd",
            "Payroll service: tax, NI and fee",
            categories.HMRC,
        ),
    ):
        for (year, month), amount in sorted(dues.items()):
            due = dt.date(year + (month == 12), month % 12 + 1, day)
            if due <= b.end and amount:
                b.tx(due, -amount.pence, payee, description, category=category, source="payroll")


def write_demo(
    path: str | Path, *, passphrase: str, seed: int = 1, years: int = 2, clock: Clock | None = None
) -> Wallet:
    """A demo wallet at ``path``, encrypted with ``passphrase`` like any other."""
    clock = clock or SystemClock()
    rng = random.Random(seed)
    created = Wallet.create(
        path,
        name=data.person_name(rng),
        council=rng.choice(data.COUNCILS),
        passphrase=passphrase,
        is_demo=True,
        clock=clock,
    )
    wallet = created.wallet
    with wallet.command("make demo data", "wallet") as session:
        build_demo(session, seed=seed, years=years, today=clock.today(), clock=clock)
    return wallet


@dataclass
class DemoWallet:
    """A demo open in the app; ``close`` deletes it, so nothing is left on the laptop."""

    wallet: Wallet
    folder: Path

    def close(self) -> None:
        self.wallet.lock()
        shutil.rmtree(self.folder, ignore_errors=True)


def open_demo(seed: int = 1, years: int = 2, clock: Clock | None = None) -> DemoWallet:
    folder = Path(tempfile.mkdtemp(prefix="dpwallet-demo-"))
    wallet = write_demo(
        folder / "Demo", passphrase=secrets.token_urlsafe(24), seed=seed, years=years, clock=clock
    )
    return DemoWallet(wallet, folder)
