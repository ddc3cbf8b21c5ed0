"""Ranking engine: review totals, four scoring methods, ties, uncertainty and agreement.

Pure computation on NumPy arrays (no Flask, no database): the web app turns a round's reviews
into a ReviewData, calls rank() once per method and agreement() once, and stores the results
as RankingSnapshot and RankingEntry rows (RankingTable.to_rows()). See docs/ranking.md."""

from award.ranking.agreement import agreement
from award.ranking.data import ReviewData, Totals, input_hash, weighted_totals
from award.ranking.engine import RankingResult, rank
from award.ranking.methods import METHOD_NAMES, METHODS
from award.ranking.synthetic import SyntheticRound, synthetic_round
from award.ranking.table import FLAGS, RankingTable, ScoreChanges, diff

__all__ = [
    "FLAGS",
    "METHOD_NAMES",
    "METHODS",
    "RankingResult",
    "RankingTable",
    "ReviewData",
    "ScoreChanges",
    "SyntheticRound",
    "Totals",
    "agreement",
    "diff",
    "input_hash",
    "rank",
    "synthetic_round",
    "weighted_totals",
]
