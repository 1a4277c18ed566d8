"""What one message says about the ROI figures: the reader's result."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from assistant.figures.responses import Response
from assistant.figures.scope import Scope
from assistant.planning.time_savings import TimeUnit
from assistant.roi import BenefitLine, CostLine, IsolationMethod


@dataclass
class Reading:
    """What one message says about the ROI figures."""

    participants: list[int] = field(default_factory=list)
    group: str | None = None
    """What the participants are called ("teamleiders", "senior associates")."""
    units: dict[str, int] = field(default_factory=dict)
    """The sites, teams or stores counted ("5 sites"), for "7 per site" in a later message."""
    costs: list[CostLine] = field(default_factory=list)
    benefits: list[BenefitLine] = field(default_factory=list)
    totals: list[Decimal] = field(default_factory=list)
    attribution: list[Decimal] = field(default_factory=list)
    confidence: list[Decimal] = field(default_factory=list)
    per_benefit: list[tuple[str, Decimal | None, Decimal | None]] = field(default_factory=list)
    """Attribution and confidence given per named benefit ("Verzuim: 50%, zekerheid 70%.
    Verloop: ook 50%, zekerheid 60%"): (the name, attribution, confidence)."""
    margin: list[Decimal] = field(default_factory=list)
    loose_percentages: list[str] = field(default_factory=list)
    item_shares: list[tuple[str, Decimal]] = field(default_factory=list)
    """Shares to charge of a cost its sentence names but gives no amount ("Het simulatiespel
    gebruiken we ook voor 3 andere groepen, dus reken daar een kwart van"): (as written, %)."""
    isolation: IsolationMethod | None = None
    isolation_guessed: bool = False
    """The method is the learned model's reading, not named by the message's words."""
    compared: bool = False
    """A benefit was taken net of a group that did not take part ("Zwolle deed niet mee; daar
    daalden de faalkosten met 40k"): the comparison isolates it."""
    responses: list[Response] = field(default_factory=list)
    """Per-respondent estimates pasted as a table ("A  S$6,000  60%  80%"), in order."""
    said_not: list[Decimal] = field(default_factory=list)
    """Amounts said not to hold ("the kick-off was £2,750, not £2,500"): the lines they replace."""
    forecast: bool = False
    """A benefit was read as a count against its forecast ("Our forecast for this year was 14
    recordables; we had 7"): the forecast isolates it."""
    unclear: list[str] = field(default_factory=list)
    """Amounts whose role the text does not say: asked about."""
    without_period: list[str] = field(default_factory=list)
    without_value: list[str] = field(default_factory=list)
    """A KPI change ("daalde met 9 %") with no amount it is a change of."""
    expected_changes: list[tuple[str, Decimal]] = field(default_factory=list)
    """Such a change a comparison group or a forecast made without the programme ("the trend
    line projected a 5% drop anyway"), as written and its size in %: netted off a KPI change
    said before, else asked about like any change without its amount."""
    currencies: list[str] = field(default_factory=list)
    needs_rate: list[tuple[str, TimeUnit]] = field(default_factory=list)
    time_rate: tuple[str, TimeUnit] | None = None
    """The rate the participants' time was priced at, as written, and its unit ("€ 46" an
    hour): offered for their time saved when that comes without a value."""
    needs_count: list[tuple[str, str]] = field(default_factory=list)
    """A cost per thing the text does not count ("the trainer charged $3,800 per session"), with
    the thing as written: how many is asked."""
    recounts: list[tuple[Decimal, str]] = field(default_factory=list)
    """A changed count without a value ("it was 9 fewer leavers"): corrects the count of an
    earlier count x value benefit."""
    adjustments: list[Decimal] = field(default_factory=list)
    """Extra conservative cuts ("take off another 10 %"), as percentages taken off."""
    ranges: list[str] = field(default_factory=list)
    """Ranges ("20-25 %") of which the conservative end was taken; the confirmation says so."""
    money_ranges: list[tuple[str, str]] = field(default_factory=list)
    """Ranges of money ("between $4,000 and $5,000") and the end taken (the lower benefit, the
    higher cost)."""
    scope: Scope | None = None
    """Without an amount: whom the last line is per ("dat is per deelnemer")."""
    shares_of: str | None = None
    """The words naming what the attribution and confidence of a message without a benefit
    are of ("The shrinkage figure is 50% due to the course": "shrinkage figure")."""
    shares_for_all: bool = False
    """An attribution or confidence is said of every benefit ("for both", "voor alle drie")."""
    also: bool = False
    """The message adds to the figures given before ("ook", "also") instead of replacing them."""
    corrects: bool = False
    """The message says it corrects ("eigenlijk", "actually", "not ... but"): a new line may
    replace the one earlier line of its category though they share no item word."""
    context: dict[str, str] = field(default_factory=dict)
    """For each figure asked about (as written), the sentence it stands in: an answer to the
    question is read together with it."""

    def questions(self) -> list[tuple[str, str]]:
        """What the text leaves open, most basic first, as (kind, figure as written)."""
        return [
            *(("role", t) for t in self.unclear),
            *(("times", t) for t, _ in self.needs_count),
            *(("value", t) for t in self.without_value),
            *(("period", t) for t in self.without_period),
            *(("rate", t) for t, _ in self.needs_rate),
            *(("pct", t) for t in self.loose_percentages),
        ]

    @property
    def found_any(self) -> bool:
        return bool(
            self.participants or self.costs or self.benefits or self.totals or self.attribution
            or self.confidence or self.per_benefit or self.isolation or self.unclear
            or self.without_period
            or self.loose_percentages or self.needs_rate or self.needs_count
            or self.without_value or self.margin
            or self.scope or self.adjustments or self.recounts
        )  # fmt: skip
