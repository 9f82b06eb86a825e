"""COCO caption metrics: pycocoevalcap's own BLEU-1..4, METEOR, ROUGE-L, CIDEr-D and (when possible) SPICE.

:func:`caption_metrics` repeats the call sequence of ``pycocoevalcap.eval.COCOEvalCap.evaluate``
(pycocoevalcap 1.2, the official COCO caption evaluation code) without pycocotools' COCO objects:
the references and the predictions are tokenised by two separate ``PTBTokenizer().tokenize`` calls
(Stanford PTBTokenizer, lower-cased, punctuation tokens removed), then ``Bleu(4)``, ``Meteor()``,
``Rouge()`` and ``Cider()`` score the tokenised text. The numbers returned are the scorers' own
corpus-level values, unmodified: fractions in [0, 1] (CIDEr in [0, 10]), under the official names
``Bleu_1`` ... ``Bleu_4``, ``METEOR``, ``ROUGE_L``, ``CIDEr``. Behaviour of the official code worth
knowing when reading the numbers (kept, not fixed):

* BLEU is corpus-level with the ``closest`` reference length and the smoothing constants
  ``tiny = 1e-15`` / ``small = 1e-9``: an n-gram order without matches gives ``Bleu_n`` of about
  1e-4, not 0, and a brevity penalty of ``exp(-1.7e-10)`` applies even when the lengths agree.
* METEOR is Meteor 1.5 (``-l en -norm``) on aggregated statistics, not the mean per image.
* ROUGE-L takes the best precision and the best recall over the references independently (they may
  come from different references), with ``beta = 1.2``.
* CIDEr is CIDEr-D: idf ``log(N) - log(max(1, df))`` from the reference document frequency over the
  N scored images, so a single image always scores 0; clipped tf-idf cosine per n-gram order,
  mean over n = 1..4, a Gaussian length penalty (sigma 6, lengths counted in bigrams), divided by
  the number of references and multiplied by 10.
* The PTB tokenizer lower-cases before it removes punctuation, so ``(`` and ``)`` survive as the
  tokens ``-lrb-`` and ``-rrb-``.

The official code only turns ``\\n`` into spaces before it hands one caption per line to Java; the
tokenizer also breaks lines at ``\\r``, ``\\v``, ``\\f``, U+2028 and U+2029, which silently moves every later
caption onto the wrong image. :func:`ptb_tokenize` therefore turns every line-break character into
a space first (which changes no token otherwise) and checks the caption count per image.

SPICE policy: SPICE is never reported as 0 in place of a missing value. pycocoevalcap's ``Spice()``
downloads Stanford CoreNLP on first use; this module never lets it: it first checks that every jar
SPICE needs is already in ``pycocoevalcap/spice/lib/``. If a jar is missing, or Java is missing, or
SPICE fails or returns NaN, the result holds ``"SPICE": None`` and
``"notes": "SPICE unavailable: <reason>"``.

PTBTokenizer, METEOR and SPICE run Java: :func:`require_java` says so clearly when it is missing.
The METEOR JVM takes about 10 s to start (it loads its paraphrase table), so one is kept per process
and reused by later calls (:func:`close_meteor` stops it); each call's score depends on its input only.
"""

from __future__ import annotations

import math
import re
import shutil
import threading
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from benchmark.errors import DataError

if TYPE_CHECKING:
    from pycocoevalcap.meteor.meteor import Meteor

OFFICIAL_NAMES = ("Bleu_1", "Bleu_2", "Bleu_3", "Bleu_4", "METEOR", "ROUGE_L", "CIDEr")
JAVA_MISSING = (
    "caption metrics need Java (PTBTokenizer, METEOR): `java` is not on PATH. "
    "Install a JRE, e.g. `apt-get install default-jre-headless`."
)
# Every character str.splitlines() breaks at; the Java tokenizer breaks at several of them too.
LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

CaptionScores = dict[str, float | str | None]

_meteor_guard = threading.Lock()
_shared_meteor: Meteor | None = None  # started on first use


def require_java() -> None:
    """Raise :class:`DataError` when ``java`` (needed by PTBTokenizer and METEOR) is not on PATH."""
    if shutil.which("java") is None:
        raise DataError(JAVA_MISSING)


# -- tokenisation -------------------------------------------------------------------------------
def ptb_tokenize(captions: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """pycocoevalcap's ``PTBTokenizer().tokenize`` on ``key -> captions``, one JVM call.

    Line-break characters become spaces first (see the module docstring); raises ``RuntimeError``
    if the tokenizer does not return one line per caption.
    """
    from pycocoevalcap.tokenizer.ptbtokenizer import PTBTokenizer

    coco_format = {key: [{"caption": LINE_BREAKS.sub(" ", text)} for text in texts] for key, texts in captions.items()}
    tokenized = PTBTokenizer().tokenize(coco_format)
    wrong = [key for key, texts in captions.items() if len(tokenized.get(key, [])) != len(texts)]
    if wrong:
        raise RuntimeError(
            f"PTBTokenizer returned the wrong number of captions for {len(wrong)} keys (e.g. {wrong[0]!r})"
        )
    return tokenized


# -- the four always-available scorers ----------------------------------------------------------
def shared_meteor() -> Meteor:
    """One pycocoevalcap ``Meteor`` (a METEOR JVM, ~10 s to start) reused by every call in this
    process; a new one is started if the process has exited. :func:`close_meteor` stops it."""
    global _shared_meteor
    from pycocoevalcap.meteor.meteor import Meteor

    with _meteor_guard:
        if _shared_meteor is None or _shared_meteor.meteor_p.poll() is not None:
            _shared_meteor = Meteor()
        return _shared_meteor


def close_meteor() -> None:
    """Stop the shared METEOR JVM (if any); the next score starts a new one."""
    global _shared_meteor
    with _meteor_guard:
        meteor, _shared_meteor = _shared_meteor, None
    if meteor is not None:
        if meteor.lock.locked():  # the official compute_score leaves it held when it fails,
            meteor.lock.release()  # and Meteor.__del__ (which stops the JVM) would wait for it
        meteor.meteor_p.kill()
        del meteor  # Meteor.__del__ closes its pipes and reaps the process


def meteor_score(gts: dict[str, list[str]], res: dict[str, list[str]]) -> float:
    """``Meteor().compute_score(gts, res)[0]`` on the shared METEOR process (discarded on failure).

    Reusing the process changes no number: each ``EVAL`` line is scored on its own statistics.
    """
    try:
        score, _ = shared_meteor().compute_score(gts, res)
    except Exception:
        close_meteor()
        raise
    return float(score)


def official_scores(gts: dict[str, list[str]], res: dict[str, list[str]]) -> dict[str, float]:
    """Bleu(4), Meteor, Rouge and Cider of pycocoevalcap on tokenised ``gts``/``res``, as in
    ``COCOEvalCap.evaluate`` (``gts`` and ``res`` have the same keys; one caption per ``res`` key)."""
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.rouge.rouge import Rouge

    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)  # verbose only prints
    rouge, _ = Rouge().compute_score(gts, res)
    cider, _ = Cider().compute_score(gts, res)
    values = [*bleu, meteor_score(gts, res), rouge, cider]
    return {name: float(value) for name, value in zip(OFFICIAL_NAMES, values)}


# -- SPICE --------------------------------------------------------------------------------------
def spice_dir() -> Path:
    """The ``pycocoevalcap/spice`` folder (found without importing anything that downloads)."""
    from pycocoevalcap.spice import get_stanford_models

    return Path(get_stanford_models.SPICEDIR).resolve()


def spice_required_files(folder: Path) -> list[Path]:
    """Files SPICE needs: its jar, the jars on its manifest ``Class-Path`` and the CoreNLP jar whose
    absence makes pycocoevalcap download Stanford CoreNLP."""
    from pycocoevalcap.spice import get_stanford_models
    from pycocoevalcap.spice.spice import SPICE_JAR

    jar = folder / SPICE_JAR
    corenlp = folder / get_stanford_models.SPICELIB / f"{get_stanford_models.JAR}.jar"
    if not jar.is_file():
        return [jar, corenlp]
    with zipfile.ZipFile(jar) as archive:
        manifest = archive.read("META-INF/MANIFEST.MF").decode()
    unfolded = manifest.replace("\r\n", "\n").replace("\n ", "")  # continuation lines start with a space
    class_path = next(
        (line.split(":", 1)[1].split() for line in unfolded.splitlines() if line.startswith("Class-Path:")), []
    )
    return [jar, corenlp] + [folder / entry for entry in class_path if folder / entry != corenlp]


def spice_unavailable_reason(folder: Path | None = None) -> str | None:
    """Why SPICE cannot run here without downloading anything, or None when it can be tried."""
    if shutil.which("java") is None:
        return "`java` is not on PATH"
    try:
        folder = spice_dir() if folder is None else folder
        missing = [p for p in spice_required_files(folder) if not p.is_file()]
    except (ImportError, OSError, KeyError, zipfile.BadZipFile) as exc:
        return f"cannot inspect pycocoevalcap's SPICE files ({type(exc).__name__}: {exc})"
    if missing:
        from pycocoevalcap.spice import get_stanford_models

        return (
            f"missing {', '.join(str(p) for p in missing)}; pycocoevalcap would download "
            f"{get_stanford_models.CORENLP}.zip from nlp.stanford.edu on first use, which is never "
            f"attempted here (put the Stanford CoreNLP 3.6.0 jars in {folder / 'lib'} to enable SPICE)"
        )
    return None


def spice_score(gts: dict[str, list[str]], res: dict[str, list[str]]) -> tuple[float | None, str | None]:
    """``(SPICE, None)``, or ``(None, reason)`` when SPICE cannot run or fails."""
    reason = spice_unavailable_reason()
    if reason is not None:
        return None, reason
    try:
        from pycocoevalcap.spice.spice import Spice

        score, _ = Spice().compute_score(gts, res)
    except Exception as exc:
        return None, f"SPICE failed ({type(exc).__name__}: {exc})"
    if not math.isfinite(float(score)):
        return None, f"SPICE returned {score}"
    return float(score), None


# -- entry point --------------------------------------------------------------------------------
def caption_metrics(predictions: Mapping[str, str], references: Mapping[str, Sequence[str]]) -> CaptionScores:
    """Official COCO caption metrics of ``predictions`` (key -> caption) against ``references``
    (key -> one or more reference captions).

    Every key of ``references`` is scored, in its order; a key without a prediction counts as the
    empty string, and predictions for keys not in ``references`` are ignored. Returns the official
    values (fractions) under ``Bleu_1``..``Bleu_4``, ``METEOR``, ``ROUGE_L``, ``CIDEr`` and
    ``SPICE``; when SPICE is None the key ``notes`` says why. Raises :class:`DataError` when Java is
    missing and ``ValueError`` when there is nothing to score.
    """
    require_java()
    if not references:
        raise ValueError("no images to score")
    empty = [key for key, refs in references.items() if not refs]
    if empty:
        raise ValueError(f"{len(empty)} images have no reference caption (e.g. {empty[0]!r})")
    gts = ptb_tokenize(references)
    res = ptb_tokenize({key: [predictions.get(key, "")] for key in references})
    if not any(ref.split() for refs in gts.values() for ref in refs):
        raise ValueError("every reference caption is empty after tokenisation")
    result: CaptionScores = dict(official_scores(gts, res))
    result["SPICE"], reason = spice_score(gts, res)
    if reason is not None:
        result["notes"] = f"SPICE unavailable: {reason}"
    return result
