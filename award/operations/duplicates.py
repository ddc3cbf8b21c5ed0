"""Possible duplicate nominations in a round: a nominee's name or a title that closely matches
another nomination's, whatever the case, accents, punctuation or word order."""

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlalchemy.orm import selectinload

from award.extensions import db
from award.models import Nomination, NominationStatus, Round

THRESHOLD = 85.0  # rapidfuzz score out of 100; 85 catches re-typed titles, not related topics
MIN_LENGTH = 4  # shorter texts (initials, "n/a") match too easily to mean anything
MAX_PAIRS = 500  # the closest pairs the secretariat is shown; more would be noise, not duplicates
BLOCK = 512  # rows compared at once by similar_pairs: bounds the score matrix to a few MB
# The texts compared, and whether a hyphen joins words: "tele-consultation" is
# "teleconsultation" in a title, but "Ramírez-Núñez" is "Ramirez Nunez" in a name.
FIELDS = {"title": True, "nominee_name": False}

_APOSTROPHES = re.compile(r"['’‘`´]")  # "doctors'" is "doctors", "O'Brien" is "OBrien"
_HYPHENS = re.compile(r"[\-‐‑–]")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class DuplicateMatch:
    """Another nomination that looks like the same one. Shown to a nominator, only `title` may be
    used: the other nomination belongs to somebody else."""

    nomination: Nomination
    field: str  # "title" or "nominee_name": which text matched
    score: float  # 0-100

    @property
    def title(self) -> str:
        return self.nomination.display_title


def normalise(text: str | None, join_hyphens: bool = True) -> str:
    """Casefolded, without accents or punctuation, words sorted: comparing two of these with
    fuzz.ratio is fuzz.token_sort_ratio on the cleaned texts, with the cleaning done once."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = _HYPHENS.sub("" if join_hyphens else " ", _APOSTROPHES.sub("", plain))
    return " ".join(sorted(_WORD.findall(plain)))


def similar_pairs(
    texts: list[str], threshold: float = THRESHOLD, limit: int | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of normalised texts scoring at least `threshold`, as arrays (i, j, score) with
    i < j; with a limit, only the `limit` best (each block keeps its best, so the overall best
    are among them, and memory stays bounded however alike the texts are).

    Texts are sorted by length and compared a block at a time with rapidfuzz's cdist, each block
    only against texts long enough to reach the threshold: ratio is 2 * common / (la + lb), so a
    text of length l can only match texts no longer than l * (200 - t) / t."""
    order = np.array(
        sorted(
            (i for i, t in enumerate(texts) if len(t) >= MIN_LENGTH), key=lambda i: len(texts[i])
        ),
        dtype=np.int64,
    )
    ordered = [texts[i] for i in order]
    lengths = np.array([len(t) for t in ordered])
    reach = (200.0 - threshold) / threshold
    found_i, found_j, found_score = [], [], []
    for start in range(0, len(ordered), BLOCK):
        stop = min(start + BLOCK, len(ordered))
        end = int(np.searchsorted(lengths, lengths[stop - 1] * reach, side="right"))
        scores = process.cdist(
            ordered[start:stop],
            ordered[start:end],
            scorer=fuzz.ratio,
            score_cutoff=threshold,
            dtype=np.float32,
            workers=-1,
        )
        # Both indexes count from `start`: keep each pair once, never a text with itself.
        rows, cols = np.nonzero(np.triu(scores, k=1))
        block_scores = scores[rows, cols]
        if limit is not None and len(block_scores) > limit:
            best = np.argpartition(-block_scores, limit - 1)[:limit]
            rows, cols, block_scores = rows[best], cols[best], block_scores[best]
        a, b = order[start + rows], order[start + cols]
        found_i.append(np.minimum(a, b))
        found_j.append(np.maximum(a, b))
        found_score.append(block_scores)
    if not found_i:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64), np.array([])
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_score)


def _candidates(round_id: int, include_drafts: bool, exclude_id: int | None = None):
    hidden = [NominationStatus.WITHDRAWN]
    if not include_drafts:
        hidden.append(NominationStatus.DRAFT)
    query = sa.select(Nomination.id, Nomination.title, Nomination.nominee_name).where(
        Nomination.round_id == round_id, Nomination.status.not_in(hidden)
    )
    if exclude_id is not None:
        query = query.where(Nomination.id != exclude_id)
    return db.session.execute(query.order_by(Nomination.id)).all()


def _load(ids) -> dict[int, Nomination]:
    if not ids:
        return {}
    rows = db.session.scalars(
        sa.select(Nomination)
        .where(Nomination.id.in_(ids))
        .options(selectinload(Nomination.category))
    )
    return {n.id: n for n in rows}


def possible_duplicates(
    nomination: Nomination, limit: int = 5, include_drafts: bool = True
) -> list[DuplicateMatch]:
    """Other nominations in the same round (drafts too unless told otherwise, never withdrawn
    ones) whose title or nominee's name closely matches this one's, best match first."""
    round_id = nomination.round_id if nomination.round_id is not None else nomination.round.id
    rows = _candidates(round_id, include_drafts, exclude_id=nomination.id)
    best: dict[int, tuple[float, str]] = {}
    for field, join_hyphens in FIELDS.items():
        query = normalise(getattr(nomination, field), join_hyphens)
        if len(query) < MIN_LENGTH:
            continue
        choices = {row.id: normalise(getattr(row, field), join_hyphens) for row in rows}
        choices = {key: text for key, text in choices.items() if len(text) >= MIN_LENGTH}
        found = process.extract(
            query,
            choices,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=THRESHOLD,
            limit=None,
        )
        for _, score, other_id in found:
            if score > best.get(other_id, (0.0, ""))[0]:
                best[other_id] = (float(score), field)
    top = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    loaded = _load([other_id for other_id, _ in top])
    return [
        DuplicateMatch(loaded[other_id], field, score)
        for other_id, (score, field) in top
        if other_id in loaded
    ]


def duplicate_pairs(
    round_: Round, limit: int = MAX_PAIRS
) -> list[tuple[Nomination, Nomination, str, float]]:
    """The closest pairs (at most `limit`) of submitted (not draft, not withdrawn) nominations in
    the round whose titles or nominees' names closely match, as (older, newer, field, score),
    best match first."""
    rows = _candidates(round_.id, include_drafts=False)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for field, join_hyphens in FIELDS.items():
        texts = [normalise(getattr(row, field), join_hyphens) for row in rows]
        found_i, found_j, scores = similar_pairs(texts, limit=limit)
        for i, j, score in zip(found_i.tolist(), found_j.tolist(), scores.tolist(), strict=True):
            key = (rows[i].id, rows[j].id)
            if score > best.get(key, (0.0, ""))[0]:
                best[key] = (score, field)
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
    loaded = _load({nomination_id for pair, _ in ranked for nomination_id in pair})
    return [(loaded[a], loaded[b], field, score) for (a, b), (score, field) in ranked]
