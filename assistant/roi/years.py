"""Benefits over several years: year 1 as measured, years 2..n at present value when discounted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.roi.numbers import HUNDRED, half_up, plain, show_pct
from assistant.roi.texts import Lang, phrase

_SHOWN_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class BenefitYears:
    count: int
    discount_rate_pct: Decimal | None
    factor: Decimal
    """Sum over years 1..n of 1 / (1 + r)^(year - 1): exact to the working precision."""

    @classmethod
    def of(cls, count: int, discount_rate_pct: Decimal | None) -> BenefitYears:
        rate = (discount_rate_pct or Decimal(0)) / HUNDRED
        factor = sum(
            (Decimal(1) / (1 + rate) ** (year - 1) for year in range(1, count + 1)), Decimal(0)
        )
        return cls(count=count, discount_rate_pct=discount_rate_pct, factor=factor)

    @property
    def discounted(self) -> bool:
        return bool(self.discount_rate_pct) and self.count > 1

    @property
    def shown(self) -> str:
        return plain(half_up(self.factor, _SHOWN_PLACES)) if self.discounted else str(self.count)

    def describe(self, lang: Lang) -> str:
        text = phrase("years", lang, n=self.count)
        if self.discounted and self.discount_rate_pct is not None:
            rate = show_pct(self.discount_rate_pct)
            text += ", " + phrase("discounted", lang, n=self.count, rate=rate)
        return text
