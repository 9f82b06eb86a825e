"""Statistics for comparison tables: a configuration's mean and 95% interval, and paired comparisons.

Intervals (:func:`config_interval`, chosen by :class:`IntervalConfig`):

* **Hierarchical bootstrap over seeds and test examples** (the default, ``method="bootstrap"``). A
  configuration's runs (one per seed) each record the headline metric of every test example
  (``example_scores.jsonl``, :func:`benchmark.engine.evaluation.example_scores`), whose mean is the
  run's score. One resample draws the seeds with replacement, then the test examples with
  replacement, and recomputes the mean metric (the mean over the drawn seeds of each seed's mean
  over the drawn examples). The runs of a configuration score the same test examples (the
  evaluation subset is drawn with a fixed seed), so by default one draw of examples is shared by the
  chosen seeds (``examples="shared"``: seeds and examples are crossed factors; three seeds whose
  runs answer every example alike give the interval of one run, as they should). With
  ``examples="independent"``, and whenever the runs scored different examples, every chosen seed
  draws its own examples (a nested design: seeds, then examples within each seed's run). The
  interval is the 2.5 and 97.5 percentiles of ``resamples`` resampled means (default 2000), clipped
  to the metric's range (:data:`METRIC_RANGES`; a percentile interval of means of in-range scores
  never leaves the range, so the clip only guards the t fallback). With one seed it is an example
  bootstrap. Draws come from numpy ``Generator`` s seeded by ``(IntervalConfig.seed, a CRC32 of the
  uids or seeds drawn)``: the same store gives the same report, every configuration scored on the
  same examples gets the same example draws (common random numbers, so paired differences are
  not drowned in draw noise), and adding a configuration changes no other row.
* **Student t over seeds** (``method="t"``, and the fallback for runs without per-example scores,
  e.g. runs recorded before ``example_scores.jsonl`` existed): :func:`summarize`'s
  ``mean +- t(0.975, n-1) * sd / sqrt(n)`` (sample sd), clipped to the metric's range. One seed
  gives no interval. With two seeds the t quantile is 12.71: unclipped, such intervals run past 100%.

Each interval says which method made it (:attr:`Interval.method`), and :meth:`IntervalConfig.describe`
is the sentence printed under every table.

Paired comparisons of two configurations on the same task, LM and data fraction:

* :func:`paired_test`: by seed, the paired t-test on the per-seed differences (scipy's
  ``ttest_rel``): mean difference, its 95% half-width, ``t`` and the two-sided p-value. Fewer than
  two pairs: no test.
* :func:`paired_bootstrap`: by example, pairs are (seed, example uid) both runs scored; the
  per-example difference A - B is resampled as above (seeds, then examples; shared draws when every
  seed pairs the same examples). Gives the mean difference, its 95% percentile interval and the
  two-sided bootstrap p-value ``min(1, 2 * min(#{d* <= 0} + 1, #{d* >= 0} + 1) / (B + 1))`` over the
  ``B`` resampled mean differences ``d*`` (the percentile interval excludes 0 about when p < 0.05;
  the smallest p it can give is ``2 / (B + 1)``; identical runs give 1).
* :func:`mcnemar`: for accuracy metrics (:data:`BINARY_METRICS`), McNemar's exact test: each paired
  (seed, example) is right or wrong for each method, and the two-sided binomial test
  (``scipy.stats.binomtest``, p = 1/2) on the discordant pairs gives the p-value (no discordant
  pair: p = 1). An example is *right* when it gets full credit, a score at the top of the metric's
  range (100): for exact-match accuracy that is a correct answer; for VQA accuracy, whose score
  ``min(1, matches / 3)`` averaged over the ten leave-one-out annotator subsets is 0, 30, 60, 90 or
  100 with ten answers, it means at least four annotators gave the predicted answer (partial credit
  counts as wrong). Discordant pairs from several seeds are pooled, each treated as independent.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from benchmark.errors import ConfigError

CONFIDENCE = 0.95
INF = float("inf")

# The range each headline (and secondary) metric lives in, on the scale the suite logs it: accuracy
# in percent (tasks/metrics/vqa.py, gqa.py, exact_match.py); pycocoevalcap's caption metrics as its
# fractions (tasks/metrics/captions.py): BLEU, METEOR, ROUGE-L and SPICE in [0, 1], CIDEr-D in
# [0, 10] (per image: the mean over n-gram orders of a clipped tf-idf cosine, each at most 1, times
# a length penalty at most 1, times 10). A metric not listed here is not clipped.
METRIC_RANGES: dict[str, tuple[float, float]] = {
    "vqa_accuracy": (0.0, 100.0),
    "accuracy": (0.0, 100.0),
    "exact_caption": (0.0, 100.0),
    "t2i_recall_at_1": (0.0, 100.0),
    "i2t_recall_at_1": (0.0, 100.0),
    "Bleu_1": (0.0, 1.0),
    "Bleu_2": (0.0, 1.0),
    "Bleu_3": (0.0, 1.0),
    "Bleu_4": (0.0, 1.0),
    "METEOR": (0.0, 1.0),
    "ROUGE_L": (0.0, 1.0),
    "SPICE": (0.0, 1.0),
    "CIDEr": (0.0, 10.0),
}
# accuracy metrics whose examples are right or wrong (full credit or not): McNemar's test applies
BINARY_METRICS = ("vqa_accuracy", "accuracy")

METHODS = ("bootstrap", "t")
EXAMPLE_DRAWS = ("shared", "independent")
MIN_RESAMPLES = 100
_CHUNK = 1 << 21  # resampled example counts held at once (B x n entries)

# what :attr:`Interval.method` says
BOOTSTRAP = "bootstrap"
BOOTSTRAP_INDEPENDENT = "bootstrap (independent example draws)"
BOOTSTRAP_ONE_SEED = "example bootstrap (1 seed)"
T_SEEDS = "t over seeds"
T_FALLBACK = "t over seeds (no per-example scores)"
NONE_ONE_SEED = "none (1 seed)"


def metric_range(metric: str) -> tuple[float, float]:
    """The range of ``metric`` (its sub-metrics ``metric/<type>`` share it); (-inf, inf) if unknown."""
    return METRIC_RANGES.get(metric, METRIC_RANGES.get(metric.split("/")[0], (-INF, INF)))


def _fmt_bound(x: float) -> str:
    return "inf" if x == INF else "-inf" if x == -INF else f"{x:g}"


def range_text(metric: str) -> str:
    lo, hi = metric_range(metric)
    return "not clipped (range unknown)" if (lo, hi) == (-INF, INF) else f"[{_fmt_bound(lo)}, {_fmt_bound(hi)}]"


@dataclass(frozen=True)
class IntervalConfig:
    """How a report makes its intervals: ``method`` ``"bootstrap"`` (hierarchical, over seeds and test
    examples; runs without per-example scores fall back to t) or ``"t"`` (Student t over seeds
    only); ``resamples`` bootstrap resamples; ``seed`` of the numpy generators; ``confidence`` of the
    percentile interval; ``examples`` ``"shared"`` (one draw of examples for all chosen seeds) or
    ``"independent"`` (a draw per chosen seed)."""

    method: str = "bootstrap"
    resamples: int = 2000
    seed: int = 0
    confidence: float = CONFIDENCE
    examples: str = "shared"

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ConfigError(f"interval method {self.method!r}: expected one of {', '.join(METHODS)}")
        if isinstance(self.resamples, bool) or not isinstance(self.resamples, int) or self.resamples < MIN_RESAMPLES:
            raise ConfigError(f"bootstrap resamples {self.resamples!r}: expected an integer >= {MIN_RESAMPLES}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ConfigError(f"bootstrap seed {self.seed!r}: expected an integer >= 0")
        if not isinstance(self.confidence, float) or not 0.0 < self.confidence < 1.0:
            raise ConfigError(f"interval confidence {self.confidence!r}: expected a number between 0 and 1")
        if self.examples not in EXAMPLE_DRAWS:
            raise ConfigError(f"bootstrap example draws {self.examples!r}: expected one of {', '.join(EXAMPLE_DRAWS)}")

    @property
    def percent(self) -> str:
        return f"{100 * self.confidence:g}%"

    def describe(self, metrics: Sequence[str] = ()) -> str:
        """The sentence printed under a table of configuration intervals for ``metrics``."""
        ranges = "; ".join(f"{range_text(m)} for {m}" for m in dict.fromkeys(metrics))
        clip = f"clipped to the metric's range ({ranges})" if ranges else "clipped to the metric's range"
        t = (
            f"Student t over seeds, mean ± t({0.5 + self.confidence / 2:g}, n-1) * sd / sqrt(n) (sample sd), {clip}; "
            "one seed: no interval."
        )
        if self.method == "t":
            return f"Intervals: {t}"
        draws = (
            "one draw of test examples shared by the chosen seeds' runs"
            if self.examples == "shared"
            else "an independent draw of test examples within each chosen seed's run"
        )
        return (
            f"Intervals: hierarchical bootstrap over seeds and test examples (seeds resampled with replacement, "
            f"then {draws}; the mean metric recomputed), {self.resamples} resamples, percentile {self.percent}, "
            f"{clip}, numpy RNG seed {self.seed}. One seed: a bootstrap over test examples only. Rows marked "
            f"'{T_FALLBACK}' have runs without per-example scores (no example_scores.jsonl): {t}"
        )

    def describe_paired(self, metrics: Sequence[str] = ()) -> str:
        """The sentence printed under a table of paired comparisons."""
        by_seed = (
            "Paired tests by seed: the paired t-test on the per-seed differences A-B (two-sided; "
            f"'{self.percent} CI ±' is its half-width)."
        )
        if self.method == "t":
            return by_seed
        binary = [m for m in dict.fromkeys(metrics) if m in BINARY_METRICS]
        mcnemar_text = (
            f" McNemar's exact test ({', '.join(binary)}): two-sided binomial test on the discordant (seed, example) "
            "pairs, pooled over seeds; an example is right when it gets full credit (score 100; for VQA accuracy "
            "at least 4 of the 10 annotators gave the answer). It counts every pair as independent, so it leaves "
            "seed-to-seed variation out: where one seed makes most of a difference its p can be far below the "
            "bootstrap's, and no verdict uses it."
            if binary
            else ""
        )
        draws = "one draw of examples shared by the chosen seeds" if self.examples == "shared" else "examples per seed"
        return (
            f"{by_seed} By example: pairs are (seed, example uid) both runs scored; a paired hierarchical "
            f"bootstrap of the per-example difference A-B (seeds, then {draws}), {self.resamples} resamples, "
            f"percentile {self.percent} interval, two-sided p = "
            "min(1, 2 * min(#{d* <= 0} + 1, #{d* >= 0} + 1) / (B + 1)), "
            f"numpy RNG seed {self.seed}.{mcnemar_text} n/a: a run of the pair has no per-example scores."
        )


# -- Student t over seeds ----------------------------------------------------------------------------
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


def summarize(values: list[float], confidence: float = CONFIDENCE) -> Summary:
    """Mean, sample sd and the Student-t interval's half-width (unclipped) of ``values``."""
    if not values:
        raise ValueError("summarize needs at least one value")
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return Summary(n, mean, None, None)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    return Summary(n, mean, sd, t_quantile(n - 1, confidence) * sd / math.sqrt(n))


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


# -- the bootstrap -----------------------------------------------------------------------------------
def _generator(seed: int, *keys: Sequence) -> np.random.Generator:
    """A generator seeded by ``seed`` and a CRC32 of each key (the uids or seeds it draws)."""
    return np.random.default_rng([seed, *(zlib.crc32("\x1f".join(map(str, k)).encode()) for k in keys)])


def _draw_counts(rng: np.random.Generator, n: int, size: int) -> np.ndarray:
    """``size`` bootstrap resamples of ``n`` items as counts (``size`` x ``n``, float64, rows sum to n)."""
    counts = np.empty((size, n))
    step = max(1, _CHUNK // max(1, n))
    for start in range(0, size, step):
        rows = min(step, size - start)
        idx = rng.integers(0, n, size=(rows, n)) + (np.arange(rows) * n)[:, None]
        counts[start : start + rows] = np.bincount(idx.ravel(), minlength=rows * n).reshape(rows, n)
    return counts


Scores = Mapping[str, float]  # one run's per-example scores: uid -> score


class Bootstrap:
    """Hierarchical bootstrap replicates under one :class:`IntervalConfig`. The example draws of each
    set of uids are made once and reused (common random numbers across configurations), and so are
    each run's scores as arrays and each configuration's replicates, so a report with many paired
    comparisons draws little more than its configurations need."""

    def __init__(self, config: IntervalConfig | None = None):
        self.config = config or IntervalConfig()
        self._counts: dict[tuple[str, ...], np.ndarray] = {}
        self._arrays: dict[int, tuple[Scores, tuple[str, ...], np.ndarray]] = {}  # id -> (scores, uids, values)
        self._replicates: dict[tuple, tuple[np.ndarray, bool]] = {}

    def arrays(self, scores: Scores) -> tuple[tuple[str, ...], np.ndarray]:
        """A run's scores as (sorted uids, their scores); computed once per mapping."""
        hit = self._arrays.get(id(scores))
        if hit is None or hit[0] is not scores:
            uids = tuple(sorted(scores))
            hit = (scores, uids, np.fromiter((scores[u] for u in uids), float, len(uids)))
            self._arrays[id(scores)] = hit  # holds the mapping, so its id is not reused meanwhile
        return hit[1], hit[2]

    def _example_counts(self, uids: tuple[str, ...]) -> np.ndarray:
        if uids not in self._counts:
            rng = _generator(self.config.seed, ("examples",), uids)
            self._counts[uids] = _draw_counts(rng, len(uids), self.config.resamples)
        return self._counts[uids]

    def _seed_weights(self, seeds: Sequence) -> np.ndarray:
        """How often each seed is drawn in each resample (``B`` x ``S``)."""
        if len(seeds) == 1:
            return np.ones((self.config.resamples, 1))
        return _draw_counts(_generator(self.config.seed, ("seeds",), seeds), len(seeds), self.config.resamples)

    def replicates(self, per_seed: Mapping[int, Scores]) -> tuple[np.ndarray, bool]:
        """``resamples`` resampled means of the scores ``per_seed`` (seed -> uid -> score), and whether
        the example draws were shared by the seeds (their runs scored the same uids and the config
        asks for shared draws)."""
        if not per_seed or any(not scores for scores in per_seed.values()):
            raise ValueError("the bootstrap needs at least one seed with at least one example score")
        seeds = sorted(per_seed)
        data = [self.arrays(per_seed[s]) for s in seeds]
        key = tuple((s, id(per_seed[s])) for s in seeds)
        if key not in self._replicates:
            self._replicates[key] = self.draw(seeds, data)
        return self._replicates[key]

    def draw(self, seeds: Sequence[int], data: Sequence[tuple[tuple[str, ...], np.ndarray]]) -> tuple[np.ndarray, bool]:
        """The replicates of :meth:`replicates` from each seed's (uids, scores), not cached."""
        B, S = self.config.resamples, len(seeds)
        weights = self._seed_weights(seeds)
        uid_sets = {uids for uids, _ in data}
        if len(uid_sets) == 1 and (self.config.examples == "shared" or S == 1):
            (uids,) = uid_sets
            scores = np.stack([values for _, values in data])  # S x n
            # numpy's own loop, not BLAS: BLAS threads only wait for each other on a busy machine at this size
            seed_means = np.einsum("bn,sn->bs", self._example_counts(uids), scores, optimize=False) / len(uids)
            return (weights * seed_means).sum(axis=1) / S, True
        # nested: every draw of a seed in a resample gets its own examples
        rng = _generator(self.config.seed, ("nested",), seeds, *sorted(uid_sets))
        chosen = np.repeat(np.tile(np.arange(S), B), weights.astype(int).ravel()).reshape(B, S)
        means = np.empty((B, S))
        for i, (_, values) in enumerate(data):
            slots = chosen == i
            if slots.any():
                counts = _draw_counts(rng, len(values), int(slots.sum()))
                means[slots] = np.einsum("bn,n->b", counts, values, optimize=False) / len(values)
        return means.mean(axis=1), False


@dataclass(frozen=True)
class Interval:
    """A configuration's mean score over its seeds and its interval (None: none), with the method."""

    n_seeds: int
    mean: float
    low: float | None
    high: float | None
    method: str  # BOOTSTRAP, BOOTSTRAP_INDEPENDENT, BOOTSTRAP_ONE_SEED, T_SEEDS, T_FALLBACK, NONE_ONE_SEED
    n_examples: int | None = None  # examples per run the bootstrap drew from (None: not a bootstrap)
    sd: float | None = None  # sample sd over seeds

    @property
    def half_width(self) -> float | None:
        """Half the interval's width (the t interval's half-width; a bootstrap interval need not be
        symmetric about the mean)."""
        return None if self.low is None or self.high is None else (self.high - self.low) / 2


def _clip(low: float, high: float, bounds: tuple[float, float]) -> tuple[float, float]:
    lo, hi = bounds
    return min(max(low, lo), hi), max(min(high, hi), lo)


def _percentiles(values: np.ndarray, confidence: float) -> tuple[float, float]:
    low, high = np.quantile(values, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high)


def t_interval(values: Sequence[float], metric: str, config: IntervalConfig | None = None, fallback=False) -> Interval:
    """The Student-t interval over seeds of ``values``, clipped to ``metric``'s range."""
    config = config or IntervalConfig()
    s = summarize(list(values), config.confidence)
    if s.half_width is None:
        return Interval(s.n, s.mean, None, None, NONE_ONE_SEED, sd=s.sd)
    low, high = _clip(s.mean - s.half_width, s.mean + s.half_width, metric_range(metric))
    return Interval(s.n, s.mean, low, high, T_FALLBACK if fallback else T_SEEDS, sd=s.sd)


def config_interval(
    values: Mapping[int, float],
    scores: Mapping[int, Mapping[str, float] | None],
    metric: str,
    bootstrap: Bootstrap | None = None,
) -> Interval:
    """The interval of one configuration: ``values`` (seed -> its run's score; their mean is the
    configuration's mean) and ``scores`` (seed -> uid -> the run's per-example score, or None for a
    run without them). Bootstrap when the config asks for it and every run has per-example scores;
    else Student t over seeds."""
    bootstrap = bootstrap or Bootstrap()
    config = bootstrap.config
    have = all(scores.get(seed) for seed in values)
    if config.method == "t" or not have:
        return t_interval(list(values.values()), metric, config, fallback=config.method == "bootstrap")
    per_seed = {seed: scores[seed] for seed in values}
    reps, shared = bootstrap.replicates(per_seed)
    low, high = _clip(*_percentiles(reps, config.confidence), metric_range(metric))
    s = summarize(list(values.values()))
    method = BOOTSTRAP_ONE_SEED if len(values) == 1 else BOOTSTRAP if shared else BOOTSTRAP_INDEPENDENT
    n_examples = min(len(v) for v in per_seed.values())
    return Interval(s.n, s.mean, low, high, method, n_examples, s.sd)


@dataclass(frozen=True)
class PairedBootstrap:
    n_seeds: int  # seeds both configurations ran with per-example scores
    n_examples: int  # paired (seed, example) scores
    mean_diff: float | None  # A - B: the mean over seeds of the mean per-example difference
    low: float | None
    high: float | None
    p: float | None
    shared: bool = True  # the example draws were shared by the seeds


def _pairs(a: Mapping[int, Scores | None], b: Mapping[int, Scores | None], bootstrap: Bootstrap):
    """seed -> (uids, a's scores, b's scores) over the seeds and uids both scored."""
    out = {}
    for seed in sorted(set(a) & set(b)):
        if not a[seed] or not b[seed]:
            continue
        (ua, xa), (ub, xb) = bootstrap.arrays(a[seed]), bootstrap.arrays(b[seed])
        if ua != ub:
            uids = tuple(sorted(set(ua) & set(ub)))
            if not uids:
                continue
            ua, xa, xb = uids, np.array([a[seed][u] for u in uids]), np.array([b[seed][u] for u in uids])
        out[seed] = (ua, xa, xb)
    return out


def paired_bootstrap(
    a: Mapping[int, Scores | None],
    b: Mapping[int, Scores | None],
    metric: str,
    bootstrap: Bootstrap | None = None,
) -> PairedBootstrap:
    """Paired bootstrap of the per-example difference A - B (seed -> uid -> score for each), paired
    by seed and example uid; nothing to pair gives a result with None values."""
    bootstrap = bootstrap or Bootstrap()
    config = bootstrap.config
    pairs = _pairs(a, b, bootstrap)
    if not pairs:
        return PairedBootstrap(0, 0, None, None, None, None)
    seeds = sorted(pairs)
    whole = all(bootstrap.arrays(a[s])[0] == bootstrap.arrays(b[s])[0] == pairs[s][0] for s in seeds)
    if whole and len({pairs[s][0] for s in seeds}) == 1 and (config.examples == "shared" or len(seeds) == 1):
        # the same draws for both (common random numbers): A's replicates minus B's are the
        # replicates of the differences
        reps_a, _ = bootstrap.replicates({s: a[s] for s in seeds})
        reps_b, _ = bootstrap.replicates({s: b[s] for s in seeds})
        reps, shared = reps_a - reps_b, True
    else:
        reps, shared = bootstrap.draw(seeds, [(pairs[s][0], pairs[s][1] - pairs[s][2]) for s in seeds])
    mean = float(np.mean([xa.mean() - xb.mean() for _, xa, xb in pairs.values()]))
    lo, hi = metric_range(metric)
    low, high = _clip(*_percentiles(reps, config.confidence), (lo - hi, hi - lo))
    B = len(reps)
    p = min(1.0, 2 * min(int((reps <= 0).sum()) + 1, int((reps >= 0).sum()) + 1) / (B + 1))
    n_examples = sum(len(uids) for uids, _, _ in pairs.values())
    return PairedBootstrap(len(pairs), n_examples, mean, low, high, p, shared)


@dataclass(frozen=True)
class McNemar:
    n: int  # paired (seed, example) scores
    a_only: int  # right for A, wrong for B
    b_only: int  # wrong for A, right for B
    p: float | None  # two-sided exact p-value (None: nothing paired)


def is_right(scores: np.ndarray, metric: str) -> np.ndarray:
    """Full credit: a score at the top of ``metric``'s range (within 1e-6)."""
    return scores >= metric_range(metric)[1] - 1e-6


def mcnemar(
    a: Mapping[int, Scores | None], b: Mapping[int, Scores | None], metric: str, bootstrap: Bootstrap | None = None
) -> McNemar | None:
    """McNemar's exact test of A against B over the (seed, example) pairs both scored; None for a
    metric whose examples are not right or wrong (not in :data:`BINARY_METRICS`). ``bootstrap``
    only lends its cache of score arrays."""
    if metric.split("/")[0] not in BINARY_METRICS:
        return None
    pairs = _pairs(a, b, bootstrap or Bootstrap())
    if not pairs:
        return McNemar(0, 0, 0, None)
    right_a = np.concatenate([is_right(xa, metric) for _, xa, _ in pairs.values()])
    right_b = np.concatenate([is_right(xb, metric) for _, _, xb in pairs.values()])
    a_only, b_only = int((right_a & ~right_b).sum()), int((~right_a & right_b).sum())
    if a_only + b_only == 0:
        return McNemar(len(right_a), 0, 0, 1.0)
    from scipy.stats import binomtest

    p = float(binomtest(a_only, a_only + b_only, 0.5, alternative="two-sided").pvalue)
    return McNemar(len(right_a), a_only, b_only, p)
