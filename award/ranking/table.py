"""The ranking table (one row per nomination, as arrays), its rows for RankingEntry, and the
comparison with the previous snapshot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

FLAGS = (
    "disagreement",  # the reviews' SD is at or above the round's threshold
    "missing_reviews",  # fewer reviews than the round expects
    "insufficient_reviews",  # fewer than min_reviews: shown but not ranked
    "renormalised",  # a review left a weighted criterion blank
    "boundary",  # the 90% rank interval straddles the top-N cut-off
)
DISCUSSION_FLAGS = ("disagreement", "missing_reviews", "boundary")
ROW_FIELDS = (
    "rank",
    "tie_group",
    "score",
    "mean",
    "median",
    "sd",
    "n_reviews",
    "score_lo",
    "score_hi",
    "rank_lo",
    "rank_hi",
    "p_top",
)


@dataclass(eq=False)
class RankingTable:
    """Per nomination, in the order of ReviewData's nomination indices.

    rank: competition rank within the category (1, 2, 2, 4), 0 when not ranked.
    tie_group: the shared rank of a tie of two or more, 0 when not tied.
    score: the method's score on 0-100 (NaN when the method does not apply).
    mean, median, sd, spread (max - min), n_reviews: always the raw figures.
    score_lo, score_hi, rank_lo, rank_hi, p_top: 90% intervals and P(top N) from the
        simulation (NaN / 0 when no simulation was run).
    flags: name -> boolean array, see FLAGS.
    """

    nomination_id: np.ndarray
    category: np.ndarray
    score: np.ndarray
    mean: np.ndarray
    median: np.ndarray
    sd: np.ndarray
    spread: np.ndarray
    n_reviews: np.ndarray
    rank: np.ndarray
    tie_group: np.ndarray
    score_lo: np.ndarray
    score_hi: np.ndarray
    rank_lo: np.ndarray
    rank_hi: np.ndarray
    p_top: np.ndarray
    flags: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.nomination_id)

    @property
    def for_discussion(self) -> np.ndarray:
        """Nominations the Council should discuss: reviewers disagree, reviews are missing, or
        the nomination may or may not be in the top N."""
        out = np.zeros(len(self), dtype=bool)
        for name in DISCUSSION_FLAGS:
            out |= self.flags.get(name, out)
        return out

    def display_order(self) -> np.ndarray:
        """Indices by category, then rank, unranked last, then id, for listing."""
        unranked = np.where(self.rank > 0, self.rank, np.iinfo(np.int64).max)
        return np.lexsort((self.nomination_id, unranked, self.category))

    def to_rows(self, category=None) -> list[dict]:
        """One dict per nomination (of one category, if given) with RankingEntry's columns:
        None for "not ranked", "no tie" and NaN, and flags as a list of names, in display
        order. Building dicts is the web app's edge, so a loop per row is fine here."""
        columns = {name: getattr(self, name) for name in ROW_FIELDS}
        flag_names = np.array(FLAGS)
        flag_matrix = np.column_stack([self.flags[f] for f in FLAGS])
        rows = []
        order = self.display_order()
        if category is not None:
            order = order[self.category[order] == category]
        for i in order:
            row = {"nomination_id": _plain(self.nomination_id[i])}
            for name, values in columns.items():
                value = _plain(values[i])
                if name in ("rank", "tie_group", "rank_lo", "rank_hi") and value == 0:
                    value = None
                row[name] = value
            row["flags"] = flag_names[flag_matrix[i]].tolist()
            rows.append(row)
        return rows


def _plain(value):
    value = value.item() if hasattr(value, "item") else value
    return None if isinstance(value, float) and np.isnan(value) else value


@dataclass(frozen=True, eq=False)
class ScoreChanges:
    """Nominations whose score or rank differs between two snapshots (scores compared at the
    rounding the ranking uses). kind is "changed", "added" or "removed"."""

    nomination_id: np.ndarray
    kind: np.ndarray
    old_score: np.ndarray
    new_score: np.ndarray
    old_rank: np.ndarray  # 0 = not ranked or absent
    new_rank: np.ndarray

    def __len__(self) -> int:
        return len(self.nomination_id)


def _columns(table: RankingTable | Sequence[Mapping]) -> tuple[np.ndarray, ...]:
    if isinstance(table, RankingTable):
        return table.nomination_id, table.score, table.rank
    ids = np.array([row["nomination_id"] for row in table])
    score = np.array([np.nan if row["score"] is None else row["score"] for row in table], float)
    rank = np.array([row["rank"] or 0 for row in table], dtype=np.int64)
    return ids, score, rank


def diff(
    previous: RankingTable | Sequence[Mapping], new: RankingTable | Sequence[Mapping], decimals=2
) -> ScoreChanges:
    """Which nominations changed since the previous snapshot. Either side may be a RankingTable
    or the rows of a stored snapshot (dicts with nomination_id, score and rank)."""
    old_id, old_score, old_rank = _columns(previous)
    new_id, new_score, new_rank = _columns(new)
    ids = np.union1d(old_id, new_id)
    in_old, in_new = np.isin(ids, old_id), np.isin(ids, new_id)

    def spread(values, source_ids, fill):
        out = np.full(len(ids), fill, dtype=np.asarray(values).dtype)
        out[np.searchsorted(ids, source_ids)] = values
        return out

    o_score, n_score = spread(old_score, old_id, np.nan), spread(new_score, new_id, np.nan)
    o_rank, n_rank = spread(old_rank, old_id, 0), spread(new_rank, new_id, 0)
    o_r, n_r = np.round(o_score, decimals), np.round(n_score, decimals)
    score_moved = ~((o_r == n_r) | (np.isnan(o_r) & np.isnan(n_r)))
    changed = in_old & in_new & (score_moved | (o_rank != n_rank))
    kind = np.select([~in_old, ~in_new, changed], ["added", "removed", "changed"], "")
    keep = kind != ""
    return ScoreChanges(
        nomination_id=ids[keep],
        kind=kind[keep],
        old_score=o_score[keep],
        new_score=n_score[keep],
        old_rank=o_rank[keep],
        new_rank=n_rank[keep],
    )
