"""The executive summary's takeaways: three to five sentences chosen from the summary's figures
by fixed rules (docs/FIGURES.md "Executive summary"), each with its numbers and n. No
generated prose: the same data always gives the same takeaways, in the same order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from mysteryshop import confidence
from mysteryshop.confidence import Estimate
from mysteryshop.reports.charts import dimension_name
from mysteryshop.reports.i18n import t
from mysteryshop.reports.styles import (
    format_count,
    format_interval,
    format_n,
    format_percent,
    format_signed,
    shorten,
)

if TYPE_CHECKING:
    from mysteryshop.reports.summary import SummaryData

Tone = Literal["good", "poor", "neutral"]
QUESTION_LIMIT = 120  # characters of a question's text in a takeaway
MAX_TAKEAWAYS = 5  # the rules' order decides which stay: the driver goes first when six apply


@dataclass(frozen=True)
class Takeaway:
    """One finding: which rule chose it, its sentence (translated, plain text) and whether it
    is good or bad news."""

    rule: Literal["mover", "weakest", "critical", "best", "worst", "driver"]
    text: str
    tone: Tone


def takeaways(data: SummaryData) -> list[Takeaway]:
    """The takeaways of `data`, each rule giving at most one, in this order: the biggest
    mover, the weakest behaviour, the critical-failure rate, the best and the worst location
    reliably different from the average, the strongest driver of uplift; at most
    MAX_TAKEAWAYS of them."""
    found = [
        _biggest_mover(data),
        _weakest_behaviour(data),
        _critical_rate(data),
        *_outlying_locations(data),
        _strongest_driver(data),
    ]
    return [takeaway for takeaway in found if takeaway is not None][:MAX_TAKEAWAYS]


def _biggest_mover(data: SummaryData) -> Takeaway | None:
    """The dimension whose score changed most (rounded to 0.1 point) since the comparison
    period, among those scored by at least min_visits visits in both; none when nothing
    moved."""
    previous = data.previous
    if previous is None:
        return None
    minimum = data.min_visits
    moves = []
    for key, value in data.figures.dimensions.items():
        before = previous.dimensions.get(key)
        if before is None or key == "feeling":
            continue
        if min(data.figures.dimension_visits.get(key, 0), previous.dimension_visits.get(key, 0)) < (
            minimum
        ):
            continue
        moves.append((round(value, 1) - round(before, 1), key, value, before))
    moves = [move for move in moves if round(move[0], 1) != 0]
    if not moves:
        return None
    change, key, value, before = max(moves, key=lambda m: (abs(round(m[0], 1)), m[1]))
    return Takeaway(
        "mover",
        t(
            "Biggest mover: {dimension} scored {value} ({n}), {change} points against "
            "{before} ({previous_n}) in the comparison period.",
            dimension=dimension_name(key),
            value=format_percent(value),
            n=format_n(data.figures.dimension_visits[key]),
            change=format_signed(change),
            before=format_percent(before),
            previous_n=format_n(previous.dimension_visits[key]),
        ),
        "good" if change > 0 else "poor",
    )


def _weakest_behaviour(data: SummaryData) -> Takeaway | None:
    """The scored question with the lowest score among those answered at least min_visits
    times (the question list is weakest first; ties keep its order)."""
    for row, text, _form in data.questions:
        if row.score is not None and row.answered >= data.min_visits:
            return Takeaway(
                "weakest",
                t(
                    "Weakest behaviour: “{question}” scored {score} over {n} answers.",
                    question=shorten(text, QUESTION_LIMIT),
                    score=format_percent(row.score),
                    n=format_count(row.answered),
                ),
                "poor",
            )
    return None


def _critical_rate(data: SummaryData) -> Takeaway | None:
    """The share of visits with a critical failure and its interval; against the comparison
    period's share when that period has at least min_visits visits (a rate, so periods of
    different sizes compare)."""
    fig = data.figures
    if not fig.visits:
        return None
    rate = confidence.share(fig.critical_failures, fig.visits)
    text = t(
        "Critical failures: {count} of {visits} visits, {share} (95 % interval {interval}).",
        count=format_count(fig.critical_failures),
        visits=format_count(fig.visits),
        share=format_percent(rate.value),
        interval=format_interval(rate),
    )
    tone: Tone = "good" if fig.critical_failures == 0 else "neutral"
    previous = data.previous
    if previous is not None and previous.visits >= data.min_visits:
        before = confidence.share(previous.critical_failures, previous.visits)
        assert before.value is not None and rate.value is not None
        change = round(rate.value, 1) - round(before.value, 1)
        text += " " + t(
            "In the comparison period {share} ({count} of {visits}): {change} points.",
            share=format_percent(before.value),
            count=format_count(previous.critical_failures),
            visits=format_count(previous.visits),
            change=format_signed(change),
        )
        if round(change, 1) != 0:
            tone = "good" if change < 0 else "poor"
    return Takeaway("critical", text, tone)


def _outlying_locations(data: SummaryData) -> list[Takeaway]:
    """The best and the worst location whose average score's 95 % interval lies wholly above
    (below) the average of all visits, among the locations with at least min_visits scored
    visits; the furthest from the average on each side."""
    average = data.figures.average_score
    if average is None:
        return []
    rows = [
        (row, row.score)
        for row in data.ranking
        if row.scored >= data.min_visits and confidence.reliably_different(row.score, average)
    ]
    above = [(row, score) for row, score in rows if (score.value or 0.0) > average]
    below = [(row, score) for row, score in rows if (score.value or 0.0) < average]
    out = []
    if above:
        row, score = max(above, key=lambda pair: (pair[1].value or 0.0, pair[0].name))
        out.append(_location("best", row.name, score, average))
    if below:
        row, score = min(below, key=lambda pair: (pair[1].value or 0.0, pair[0].name))
        out.append(_location("worst", row.name, score, average))
    return out


def _location(
    rule: Literal["best", "worst"], name: str, score: Estimate, average: float
) -> Takeaway:
    numbers = {
        "name": shorten(name, QUESTION_LIMIT),
        "score": format_percent(score.value),
        "n": format_n(score.n),
        "interval": format_interval(score),
        "average": format_percent(average),
    }
    if rule == "best":
        text = t(
            "Best location: {name} scored {score} ({n}, 95 % interval {interval}), reliably "
            "above the average of {average}.",
            **numbers,
        )
        return Takeaway(rule, text, "good")
    text = t(
        "Weakest location: {name} scored {score} ({n}, 95 % interval {interval}), reliably "
        "below the average of {average}.",
        **numbers,
    )
    return Takeaway(rule, text, "poor")


def _strongest_driver(data: SummaryData) -> Takeaway | None:
    """The first of the ranked drivers (largest difference in Net Uplift between visits
    where the behaviour happened and visits where it did not, both sides with at least
    min_visits visits), when the difference is positive."""
    if data.insight is None or not data.insight.drivers:
        return None
    top = data.insight.drivers[0]
    if top.difference.value is None or top.difference.value <= 0:
        return None
    return Takeaway(
        "driver",
        t(
            "Strongest driver of uplift: where “{behaviour}” happened, Net Uplift was {with_} "
            "({with_n}); where it did not, {without} ({without_n}): a difference of {difference} "
            "(95 % interval {interval}). An association, not proof of cause.",
            behaviour=shorten(top.label, QUESTION_LIMIT),
            with_=format_signed(top.with_uplift.value),
            with_n=format_n(top.with_uplift.n),
            without=format_signed(top.without_uplift.value),
            without_n=format_n(top.without_uplift.n),
            difference=format_signed(top.difference.value),
            interval=format_interval(top.difference, signed=True),
        ),
        "neutral",
    )
