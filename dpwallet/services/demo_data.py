"""Made-up but believable people and money for the demo wallet (no real person, ever).

Deterministic for a seed: the same seed and end date give the same wallet.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from dpwallet.domain import categories
from dpwallet.domain.money import Money

FIRST_NAMES = (
    "Aisha",
    "Bethan",
    "Callum",
    "Darius",
    "Eleri",
    "Farah",
    "Gareth",
    "Hana",
    "Imran",
    "Joanna",
    "Kofi",
    "Leah",
    "Marek",
    "Nia",
    "Olu",
    "Priya",
    "Rhys",
    "Sadia",
    "Tomasz",
    "Una",
    "Wiktoria",
    "Yusuf",
    "Zara",
)
SURNAMES = (
    "Ahmed",
    "Begum",
    "Carter",
    "Davies",
    "Evans",
    "Fletcher",
    "Griffiths",
    "Hughes",
    "Iqbal",
    "Jones",
    "Kowalski",
    "Lewis",
    "Mensah",
    "Nowak",
    "Okafor",
    "Patel",
    "Roberts",
    "Shah",
    "Thomas",
    "Walsh",
)
COUNCILS = ("Westbrook County Council", "Northfield City Council", "Eastmoor Borough Council")

OUTCOMES = (
    ("Get out of the house and see friends twice a week", Decimal(6), None),
    ("Keep clean and fresh every day", Decimal(7), None),
    ("Eat well: shop and cook at home", Decimal(5), None),
    ("Keep active: 2 hours of exercise a week", None, Money(2000)),
    ("Give my family a break now and then", None, Money(4500)),
)


@dataclass(frozen=True)
class PaPlan:
    name: str
    born_year: int
    ni_number: str
    slots: tuple[tuple[int, int, int], ...]  # (weekday with Monday = 0, start hour, hours)
    outcome_index: int

    def weekly_cost(self, weekday_rate: Money, weekend_rate: Money) -> Money:
        pence = sum(
            (weekend_rate if day >= 5 else weekday_rate).pence * hours
            for day, _h, hours in self.slots
        )
        return Money(pence)


@dataclass(frozen=True)
class Spend:
    payee: str
    description: str
    low: int  # pence
    high: int
    outcome_index: int | None
    category: str


ACTIVITIES = (
    Spend("Riverside Leisure Centre", "Swimming session", 480, 620, 3, "Activities"),
    Spend("A2B Taxis", "Taxi to see friends", 800, 1450, 0, "Transport"),
    Spend("Castle Street Cabs", "Taxi home from the art club", 750, 1300, 0, "Transport"),
    Spend("Co-op Food", "Food shopping for meals", 650, 3400, 2, "Food and shopping"),
    Spend("Lidl", "Food shopping for meals", 900, 4200, 2, "Food and shopping"),
)
ART_CLUB = Spend("Open Door Art Club", "Monthly art club membership", 2500, 2500, 0, "Activities")
AGENCY = Spend(
    "Brightside Care Agency", "Cover while a PA was on holiday", 16800, 24300, 1, categories.AGENCY
)


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def parent_name(rng: random.Random, child: str) -> str:
    """A parent who manages the money: the person's surname, another first name."""
    first, _space, surname = child.partition(" ")
    choices = [name for name in FIRST_NAMES if name != first]
    return f"{rng.choice(choices)} {surname}"


def fake_ni_number(rng: random.Random) -> str:
    """QQ is HMRC's specimen prefix: never issued to a real person."""
    return f"QQ{rng.randrange(100000, 999999)}{rng.choice('ABCD')}"


# Morning and lunchtime calls on weekdays; evenings and weekends; an afternoon outing.
PATTERNS: tuple[tuple[tuple[int, int, int], ...], ...] = (
    tuple((d, 8, 2) for d in range(5)) + tuple((d, 12, 1) for d in range(5)),
    tuple((d, 18, 2) for d in range(5)) + ((5, 9, 3), (6, 9, 3)),
    ((5, 17, 3), (6, 17, 3), (2, 14, 4)),
)


def pa_plans(rng: random.Random, count: int) -> list[PaPlan]:
    plans = []
    used: set[str] = set()
    for index in range(count):
        name = person_name(rng)
        while name in used:
            name = person_name(rng)
        used.add(name)
        plans.append(
            PaPlan(
                name=name,
                born_year=rng.randrange(1960, 2003),
                ni_number=fake_ni_number(rng),
                slots=PATTERNS[index % len(PATTERNS)],
                outcome_index=(1, 2, 0)[index % 3],
            )
        )
    return plans


def receipt_png(text: str, rng: random.Random) -> bytes:
    """A small grey 'photo' of a till receipt: enough to show the receipt features."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("L", (240, 320), color=235 + rng.randrange(0, 15))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 220, 300), outline=90, width=2)
    for i, line in enumerate(text.splitlines()[:8]):
        draw.text((32, 36 + i * 28), line[:26], fill=30)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
