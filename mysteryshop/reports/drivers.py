"""What drives uplift: the Net Uplift of visits where a behaviour happened against visits where
it did not, each with its n and interval, and their difference, ranked. Pure Python over the
counts of store/stats.py `drivers` (docs/FIGURES.md "What drives uplift").

An association, not a proof of cause: a friendly store may both greet and uplift."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mysteryshop import confidence
from mysteryshop.confidence import MIN_VISITS, Estimate
from mysteryshop.forms import Form
from mysteryshop.store.stats import DriverCounts

DRIVER_TYPES = ("yes_no", "choice")  # the behaviours that happen or not (stats.DriverCounts)


@dataclass(frozen=True)
class Driver:
    """One behaviour: Net Uplift with it and without it, and with − without."""

    label: str  # the question's text or the dimension's name
    kind: str  # "question" or "dimension"
    key: str  # "form id/question id", or the dimension's name
    with_uplift: Estimate
    without_uplift: Estimate
    difference: Estimate

    def ranked(self, minimum: int = MIN_VISITS) -> bool:
        """Both sides have at least `minimum` visits."""
        return not (self.with_uplift.thin(minimum) or self.without_uplift.thin(minimum))


def driver(counts: DriverCounts, label: str) -> Driver:
    """The Net Uplift of each side of `counts` and their difference."""
    with_ = confidence.net_uplift(counts.with_uplifted, counts.with_diminished, counts.with_n)
    without = confidence.net_uplift(
        counts.without_uplifted, counts.without_diminished, counts.without_n
    )
    key = f"{counts.form_id}/{counts.key}" if counts.kind == "question" else counts.key
    return Driver(label, counts.kind, key, with_, without, confidence.difference(with_, without))


def question_labels(
    counts: Iterable[DriverCounts], forms: Mapping[tuple[str, int], Form], lang: str
) -> dict[tuple[str, str], str]:
    """The yes/no and choice questions among `counts` by their text in `lang`, keyed as
    rank_drivers wants them; other questions (and forms no longer stored) get no label."""
    labels: dict[tuple[str, str], str] = {}
    for c in counts:
        form = forms.get((c.form_id, c.form_version))
        question = form.question(c.key) if form is not None else None
        if form is not None and question is not None and question.type in DRIVER_TYPES:
            labels[(c.form_id, c.key)] = form.tr(question.text, lang)
    return labels


def rank_drivers(
    counts: Iterable[DriverCounts], labels: Mapping[tuple[str, str], str], minimum: int = MIN_VISITS
) -> tuple[list[Driver], list[Driver]]:
    """The drivers with at least `minimum` visits on both sides, the largest difference first
    (ties by label), and apart the ones with fewer on either side (by label). Only counts
    whose (form id, key) has a label are kept: the caller names the behaviours it wants."""
    found = [driver(c, labels[(c.form_id, c.key)]) for c in counts if (c.form_id, c.key) in labels]
    ranked = [d for d in found if d.ranked(minimum)]
    ranked.sort(key=lambda d: (-(d.difference.value or 0.0), d.label, d.key))
    thin = sorted((d for d in found if not d.ranked(minimum)), key=lambda d: (d.label, d.key))
    return ranked, thin


def json_rows(ranked: Iterable[Driver], thin: Iterable[Driver] = ()) -> list[dict[str, Any]]:
    """The drivers as JSON rows: ranked ones first (`ranked`: true), then the thin ones."""
    return [
        {
            "question": d.label,
            "kind": d.kind,
            "key": d.key,
            "with_n": d.with_uplift.n,
            "with_net_uplift": d.with_uplift.as_json(),
            "without_n": d.without_uplift.n,
            "without_net_uplift": d.without_uplift.as_json(),
            "difference": d.difference.value,
            "low": d.difference.low,
            "high": d.difference.high,
            "ranked": is_ranked,
        }
        for group, is_ranked in ((ranked, True), (thin, False))
        for d in group
    ]
