"""The intervals behind every figure, against hand-computed cases and as properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mysteryshop import confidence
from mysteryshop.confidence import Estimate


def test_wilson_interval_of_hand_computed_shares() -> None:
    # 8 of 10: centre (0.8 + 1.92/10) / 1.384; half 1.96 * sqrt(0.016 + 0.0096) / 1.384
    eight = confidence.share(8, 10)
    assert eight.value == pytest.approx(80.0)
    assert eight.low == pytest.approx(49.02, abs=0.01)
    assert eight.high == pytest.approx(94.33, abs=0.01)
    none = confidence.share(0, 10)
    assert (none.low, none.high) == (0.0, pytest.approx(27.75, abs=0.01))
    assert confidence.share(0, 0) == Estimate(None, 0)


def test_net_uplift_interval_of_a_hand_computed_case() -> None:
    # 60 uplifted, 20 diminished of 100: variance (0.8 - 0.4²) / 100 = 0.0064, sd 0.08
    figure = confidence.net_uplift(60, 20, 100)
    assert figure.value == pytest.approx(40.0)
    assert figure.low == pytest.approx(40 - 1.96 * 8, abs=0.01)
    assert figure.high == pytest.approx(40 + 1.96 * 8, abs=0.01)


def test_net_uplift_of_one_visit_is_wide_not_certain() -> None:
    one = confidence.net_uplift(1, 0, 1)
    assert one.value == 100.0 and one.high == 100.0
    assert one.low == pytest.approx(-58.7, abs=0.1)


def test_mean_score_t_interval_of_a_hand_computed_case() -> None:
    values = [50, 60, 70, 80, 90]  # mean 70, sample variance 250, t(4) = 2.776
    figure = confidence.mean(sum(values) / 5, sum(v * v for v in values) / 5, len(values))
    half = 2.776 * math.sqrt(250 / 5)
    assert (figure.low, figure.high) == (
        pytest.approx(70 - half, abs=0.01),
        pytest.approx(70 + half, abs=0.01),
    )
    assert confidence.mean(70.0, 4900.0, 1) == Estimate(70.0, 1)  # one visit: no interval


@pytest.mark.parametrize(("df", "exact"), [(31, 2.0395), (60, 2.0003), (120, 1.9799)])
def test_t_quantile_beyond_the_table(df: int, exact: float) -> None:
    assert confidence._t95(df) == pytest.approx(exact, abs=0.001)


def test_difference_and_reliably_different() -> None:
    a, b = confidence.share(80, 100), confidence.share(50, 100)
    gap = confidence.difference(a, b)
    assert gap.value == pytest.approx(30.0) and gap.n == 100
    assert gap.low is not None and 10 < gap.low < 30 and gap.high is not None
    assert confidence.reliably_different(a, 50.0)
    assert not confidence.reliably_different(a, 80.0)
    assert not confidence.reliably_different(confidence.mean(70.0, 4900.0, 1), 10.0)


def test_thin_below_the_minimum() -> None:
    assert confidence.share(1, 4).thin() and not confidence.share(1, 5).thin()
    assert not confidence.share(1, 4).thin(minimum=3)


@given(n=st.integers(1, 5000), data=st.data())
def test_share_interval_holds_its_value_inside_0_to_100(n: int, data: st.DataObject) -> None:
    count = data.draw(st.integers(0, n))
    figure = confidence.share(count, n)
    assert figure.low is not None and figure.high is not None and figure.value is not None
    assert 0.0 <= figure.low <= figure.value <= figure.high <= 100.0
    # the same share from ten times the visits is known more narrowly
    wider = confidence.share(count * 10, n * 10)
    assert wider.high is not None and wider.low is not None
    assert wider.high - wider.low < figure.high - figure.low


@given(n=st.integers(1, 5000), data=st.data())
def test_net_uplift_interval_holds_its_value(n: int, data: st.DataObject) -> None:
    up = data.draw(st.integers(0, n))
    down = data.draw(st.integers(0, n - up))
    figure = confidence.net_uplift(up, down, n)
    assert figure.low is not None and figure.high is not None and figure.value is not None
    assert -100.0 <= figure.low <= figure.value <= figure.high <= 100.0
    assert figure.low < figure.high


@given(st.lists(st.floats(0, 100), min_size=2, max_size=200))
def test_mean_interval_holds_the_mean(values: list[float]) -> None:
    n = len(values)
    average = sum(values) / n
    figure = confidence.mean(average, sum(v * v for v in values) / n, n)
    assert figure.low is not None and figure.high is not None
    assert figure.low - 1e-9 <= average <= figure.high + 1e-9


def test_percentile_interpolates_like_excel_percentile_inc() -> None:
    # PERCENTILE.INC({60, 70, 80, 90}, 0.75): position 3·0.75 = 2.25, 80 + 0.25·10 = 82.5.
    assert confidence.percentile([90, 60, 80, 70], 75) == pytest.approx(82.5)
    assert confidence.percentile([90, 60, 80, 70], 0) == 60
    assert confidence.percentile([90, 60, 80, 70], 100) == 90
    assert confidence.percentile([72.5], 75) == 72.5
    assert confidence.percentile([], 75) is None
