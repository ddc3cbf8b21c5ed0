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
FIELDS = ("title", "nominee_name")
BLOCK = 512  # rows compared at once by duplicate_pairs: bounds the score matrix to a few MB

# Joined rather than split: "tele-consultation" is "teleconsultation", "doctors'" is "doctors".
_JOINERS = re.compile(r"['’‘`´\-‐‑–]")
_WORD = re.compile(r"\w+")


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


def normalise(text: str | None) -> str:
    """Casefolded, without accents or punctuation, words sorted: comparing two of these with
    fuzz.ratio is fuzz.token_sort_ratio on the cleaned texts, with the cleaning done once."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = _WORD.findall(_JOINERS.sub("", plain).replace("_", " "))
    return " ".join(sorted(words))


def similar_pairs(texts: list[str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """Pairs (i, j, score) with i < j of normalised texts scoring at least `threshold`.

    Texts are sorted by length and compared a block at a time with rapidfuzz's cdist, each block
    only against texts long enough to reach the threshold: ratio is 2 * common / (la + lb), so a
    text of length l can only match texts no longer than l * (200 - t) / t."""
    order = sorted(
        (i for i, t in enumerate(texts) if len(t) >= MIN_LENGTH), key=lambda i: len(texts[i])
    )
    ordered = [texts[i] for i in order]
    lengths = np.array([len(t) for t in ordered])
    reach = (200.0 - threshold) / threshold
    pairs = []
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
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            if c > r:  # both count from `start`: keep each pair once, never a text with itself
                a, b = order[start + r], order[start + c]
                pairs.append((min(a, b), max(a, b), float(scores[r, c])))
    return pairs


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
    for field in FIELDS:
        query = normalise(getattr(nomination, field))
        if len(query) < MIN_LENGTH:
            continue
        choices = {row.id: normalise(getattr(row, field)) for row in rows}
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


def duplicate_pairs(round_: Round) -> list[tuple[Nomination, Nomination, str, float]]:
    """Every pair of submitted (not draft, not withdrawn) nominations in the round whose titles or
    nominees' names closely match, as (older, newer, field, score), best match first."""
    rows = _candidates(round_.id, include_drafts=False)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for field in FIELDS:
        texts = [normalise(getattr(row, field)) for row in rows]
        for i, j, score in similar_pairs(texts):
            key = (rows[i].id, rows[j].id)
            if score > best.get(key, (0.0, ""))[0]:
                best[key] = (score, field)
    loaded = _load({nomination_id for pair in best for nomination_id in pair})
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    return [(loaded[a], loaded[b], field, score) for (a, b), (score, field) in ranked]
