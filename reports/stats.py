"""Statistics for comparison tables: mean and 95% confidence interval over seeds, and paired tests.

* :func:`summarize`: Student-t interval ``mean +- t(0.975, n-1) * sd / sqrt(n)`` with the sample
  standard deviation (``ddof=1``); one seed gives the mean and no interval.
* :func:`paired_test`: two methods run with the same seeds (and everything else equal) are paired by
  seed; the paired t-test on the per-seed differences gives the mean difference, its 95% interval,
  ``t`` and the two-sided p-value (scipy's ``ttest_rel``). Fewer than two pairs: no test.

With two seeds the t quantile is 12.71 (one degree of freedom): intervals are wide and honest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CONFIDENCE = 0.95


@dataclass(frozen=True)
class Summary:
    n: int
    mean: float
    sd: float | None  # sample standard deviation (None for one value)
    half_width: float | None  # of the 95% interval (None for one value)

    @property
    def low(self) -> float | None:
        return None if self.half_width is None else self.mean - self.half_width

    @property
    def high(self) -> float | None:
        return None if self.half_width is None else self.mean + self.half_width


def t_quantile(df: int, confidence: float = CONFIDENCE) -> float:
    from scipy import stats

    return float(stats.t.ppf(0.5 + confidence / 2, df))


def summarize(values: list[float]) -> Summary:
    if not values:
        raise ValueError("summarize needs at least one value")
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return Summary(n, mean, None, None)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    return Summary(n, mean, sd, t_quantile(n - 1) * sd / math.sqrt(n))


@dataclass(frozen=True)
class PairedTest:
    n: int  # pairs (seeds both methods ran)
    mean_diff: float | None  # a - b
    half_width: float | None
    t: float | None
    p: float | None


def paired_test(a: dict[int, float], b: dict[int, float]) -> PairedTest:
    """Paired t-test of ``a`` against ``b`` (each seed -> value) over the seeds they share."""
    seeds = sorted(set(a) & set(b))
    diffs = [a[s] - b[s] for s in seeds]
    if len(diffs) < 2:
        return PairedTest(len(diffs), diffs[0] if diffs else None, None, None, None)
    summary = summarize(diffs)
    if summary.sd == 0:  # identical differences: the difference is exact, the statistic undefined
        return PairedTest(len(diffs), summary.mean, 0.0, None, None)
    from scipy import stats

    result = stats.ttest_rel([a[s] for s in seeds], [b[s] for s in seeds])
    return PairedTest(len(diffs), summary.mean, summary.half_width, float(result.statistic), float(result.pvalue))
