"""How far a figure can be trusted: every score, share and Net Uplift with its n and a 95 %
interval, and the minimum number of visits below which a figure is not ranked or compared.

Pure Python. The methods (docs/FIGURES.md says why each):
- a share (greeted, critical failures, % uplifted): the Wilson score interval;
- Net Uplift (% uplifted − % diminished of the same visits): the normal interval of the
  difference of two shares of one multinomial sample, whose variance is
  (p_up + p_down − (p_up − p_down)²) / n, clipped to −100..100;
- a mean score: Student's t interval from the mean and the mean of the squares;
- a difference of two independent figures (a driver: with vs without): the normal interval
  from both standard errors."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

MIN_VISITS = 5  # fewer visits than this: not ranked, not compared, drawn as uncertain
Z95 = 1.959963984540054  # the standard normal's 97.5th percentile

# Student's t 97.5th percentiles for 1..30 degrees of freedom; above, the Cornish-Fisher
# expansion in _t95 is within 0.001 of the exact value.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


@dataclass(frozen=True)
class Estimate:
    """A figure and its basis: `n` visits (or answers), and a 95 % interval `low`..`high`
    where one applies. `value` is None when nothing counted (n = 0)."""

    value: float | None
    n: int
    low: float | None = None
    high: float | None = None

    def thin(self, minimum: int = MIN_VISITS) -> bool:
        """Too few visits to rank or compare this figure."""
        return self.n < minimum

    def as_json(self) -> dict[str, float | int | None]:
        return {"value": self.value, "n": self.n, "low": self.low, "high": self.high}


def _t95(df: int) -> float:
    if df <= len(_T95):
        return _T95[df - 1]
    z = Z95
    return (
        z
        + (z**3 + z) / (4 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
    )


def share(count: int, n: int) -> Estimate:
    """`count` of `n` as a percentage, with the Wilson score interval."""
    if n <= 0:
        return Estimate(None, 0)
    if not 0 <= count <= n:
        raise ValueError(f"a share of {count} in {n}")
    p = count / n
    z2 = Z95 * Z95
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    low = 0.0 if count == 0 else max(0.0, (centre - half) * 100)
    high = 100.0 if count == n else min(100.0, (centre + half) * 100)
    return Estimate(p * 100, n, low, high)


def net_uplift(uplifted: int, diminished: int, n: int) -> Estimate:
    """Net Uplift of `n` visits with a feeling: % uplifted − % diminished, in points."""
    if n <= 0:
        return Estimate(None, 0)
    if uplifted < 0 or diminished < 0 or uplifted + diminished > n:
        raise ValueError(f"{uplifted} uplifted and {diminished} diminished of {n}")
    up, down = uplifted / n, diminished / n
    value = up - down
    variance = max(0.0, up + down - value * value) / n
    # Never narrower than Wilson allows: with every visit alike (all uplifted, say) the
    # variance is 0 but the figure is not certain. 2·z²/(n + z²) is the Net Uplift width of
    # Wilson's bound on the share of the other visits (1 of 1 uplifted: −58..100).
    half = max(Z95 * math.sqrt(variance), 2 * Z95 * Z95 / (n + Z95 * Z95))
    return Estimate(
        value * 100, n, max(-100.0, (value - half) * 100), min(100.0, (value + half) * 100)
    )


def mean(average: float | None, average_of_squares: float | None, n: int) -> Estimate:
    """A mean score (percentages) of `n` values, from their mean and the mean of their squares
    (what SQL's AVG gives in one pass), with Student's t interval. One value: no interval."""
    if n <= 0 or average is None:
        return Estimate(None, max(n, 0))
    if n == 1 or average_of_squares is None:
        return Estimate(average, n)
    variance = max(0.0, (average_of_squares - average * average) * n / (n - 1))
    half = _t95(n - 1) * math.sqrt(variance / n)
    return Estimate(average, n, max(0.0, average - half), min(100.0, average + half))


def difference(a: Estimate, b: Estimate) -> Estimate:
    """a − b of two independent figures, with the normal interval from both (each one's
    standard error read back from its own interval). Its n is the smaller of the two."""
    if a.value is None or b.value is None:
        return Estimate(None, min(a.n, b.n))
    value = a.value - b.value
    if None in (a.low, a.high, b.low, b.high):
        return Estimate(value, min(a.n, b.n))
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    se_a = (a.high - a.low) / (2 * Z95)
    se_b = (b.high - b.low) / (2 * Z95)
    half = Z95 * math.hypot(se_a, se_b)
    return Estimate(value, min(a.n, b.n), value - half, value + half)


def reliably_different(estimate: Estimate, reference: float | None) -> bool:
    """The reference (an average, a target) lies outside the estimate's interval."""
    if reference is None or estimate.low is None or estimate.high is None:
        return False
    return reference < estimate.low or reference > estimate.high


def percentile(values: Sequence[float], p: float) -> float | None:
    """The `p`th percentile (0..100) of `values` by linear interpolation between the closest
    ranks, as Excel's PERCENTILE.INC computes it (a CX manager can check it there); None
    without values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * p / 100
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


@dataclass(frozen=True)
class Target:
    """The score a location aims at: a fixed score (`80`) or the programme's own percentile
    of the ranked locations' average scores (`p75`) in the same period and filters."""

    score: float | None = None
    percentile: int | None = None

    @classmethod
    def parse(cls, text: str) -> Target:
        """'80' or '80.5' (0–100), 'p75' (p1–p99). ValueError with the reason otherwise."""
        text = text.strip().lower()
        if match := re.fullmatch(r"p(\d{1,2})", text):
            value = int(match.group(1))
            if 1 <= value <= 99:
                return cls(percentile=value)
        else:
            try:
                score = float(text)
            except ValueError:
                score = -1.0
            if 0 <= score <= 100:
                return cls(score=score)
        raise ValueError(
            f"a target is a score from 0 to 100 (80) or a percentile p1 to p99 (p75), not {text!r}"
        )

    def __str__(self) -> str:
        return f"p{self.percentile}" if self.percentile is not None else f"{self.score:g}"

    def score_of(self, location_scores: Sequence[float]) -> float | None:
        """The target as a score: the fixed one, or the percentile of the ranked locations'
        average scores (None when none is ranked)."""
        if self.percentile is None:
            return self.score
        return percentile(location_scores, self.percentile)
