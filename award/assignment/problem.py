"""One assignment run's input: demand, capacities, conflicts, affinities and the rules in force."""

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from award.assignment.affinity import Affinity
from award.assignment.conflicts import Conflicts, pair_matrix

SIDE_NAMES = {1: "sending", 2: "receiving"}


@dataclass(eq=False)
class AssignmentProblem:
    """One round to assign.

    k: reviewers each nomination should end up with (int, or one int per nomination). Existing
        assignments count toward it: only the missing k - existing are filled in.
    caps: the most reviews each reviewer may hold in the round; existing assignments count.
    conflicts, affinity: from build_conflicts and build_affinity, on the same N x R.
    reviewer_side: per reviewer 0 (neither), 1 (sending country) or 2 (receiving country).
    require_sides: each nomination should get at least one sending and one receiving reviewer,
        where possible (a large bonus in the flow, never a reason to leave a slot empty).
    existing: pairs already assigned, by hand or by an earlier run. They stay as they are.
    relax_soft_conflicts: lever: allow same-country pairs at a large penalty. Hard conflicts
        (organisation, e-mail domain, nominator, declared) are never relaxed.
    require_language: only reviewers who speak a nomination's language (when known) are eligible.
    load_weight: cost, in affinity units, of each further review on a reviewer's load (convex:
        the i-th review costs i * load_weight). None: just above the widest affinity range, so
        loads come out as even as eligibility allows before affinity decides.
    language_names: optional display names of language codes, for shortage messages (plain
        strings, or award.texts.Text to be shown in the reader's language).
    """

    k: int | Sequence[int] | np.ndarray
    caps: Sequence[int] | np.ndarray
    conflicts: Conflicts
    affinity: Affinity
    reviewer_side: Sequence[int] | np.ndarray | None = None
    require_sides: bool = False
    existing: object = None
    relax_soft_conflicts: bool = False
    require_language: bool = False
    load_weight: float | None = None
    language_names: Sequence[str] | None = None

    target: np.ndarray = field(init=False, repr=False)
    cap: np.ndarray = field(init=False, repr=False)
    side: np.ndarray = field(init=False, repr=False)
    existing_matrix: sp.csr_matrix = field(init=False, repr=False)
    existing_count: np.ndarray = field(init=False, repr=False)
    existing_load: np.ndarray = field(init=False, repr=False)
    existing_sides: np.ndarray = field(init=False, repr=False)

    def __post_init__(self):
        n, r = self.conflicts.shape
        if self.affinity.shape != (n, r):
            raise ValueError(
                f"conflicts are {n} x {r} but affinities are "
                f"{self.affinity.shape[0]} x {self.affinity.shape[1]}"
            )
        self.target = _int_array(self.k, n, "k")
        if (self.target < 0).any():
            raise ValueError(f"k must be >= 0, got {int(self.target.min())}")
        self.cap = _int_array(self.caps, r, "caps", scalar_ok=False)
        if (self.cap < 0).any():
            bad = int(np.flatnonzero(self.cap < 0)[0])
            raise ValueError(f"caps must be >= 0; reviewer {bad} has {int(self.cap[bad])}")
        if self.reviewer_side is None:
            self.side = np.zeros(r, dtype=np.int8)
        else:
            self.side = _int_array(self.reviewer_side, r, "reviewer_side", scalar_ok=False)
            if ((self.side < 0) | (self.side > 2)).any():
                raise ValueError("reviewer_side must be 0 (neither), 1 (sending) or 2 (receiving)")
            self.side = self.side.astype(np.int8)
        if self.load_weight is not None and not (
            np.isfinite(self.load_weight) and self.load_weight >= 0
        ):
            raise ValueError(f"load_weight must be a finite number >= 0, got {self.load_weight}")
        if self.require_language and self.affinity.rev_langs_t.size == 0:
            raise ValueError("require_language needs nomination and reviewer languages")
        m = pair_matrix(self.existing, (n, r), "existing")
        self.existing_matrix = m
        self.existing_count = np.diff(m.indptr).astype(np.int64)
        self.existing_load = np.bincount(m.indices, minlength=r).astype(np.int64)
        rows = np.repeat(np.arange(n), np.diff(m.indptr))
        sides = np.zeros((n, 3), dtype=bool)
        sides[rows, self.side[m.indices]] = True
        self.existing_sides = sides

    @property
    def shape(self) -> tuple[int, int]:
        return self.conflicts.shape

    @property
    def demand(self) -> np.ndarray:
        """Reviewers still to find per nomination."""
        return np.maximum(self.target - self.existing_count, 0)

    @property
    def room(self) -> np.ndarray:
        """Reviews each reviewer may still take."""
        return np.maximum(self.cap - self.existing_load, 0)

    def eligible(self, rows, with_language: bool = True) -> np.ndarray:
        """Boolean (len(rows), R): no conflict that applies in this run (soft unless relaxed)."""
        ok = ~self.conflicts.block(rows, relax_soft=self.relax_soft_conflicts)
        if self.require_language and with_language:
            ok &= self.affinity.speaks(rows)
        return ok

    def language_name(self, n: int) -> str | None:
        code = int(self.affinity.nom_lang[n])
        if code < 0:
            return None
        if self.language_names is not None and code < len(self.language_names):
            return self.language_names[code]
        return f"language {code}"


def _int_array(values, size: int, name: str, scalar_ok: bool = True) -> np.ndarray:
    arr = np.asarray(values)
    if arr.ndim == 0 and scalar_ok:
        arr = np.full(size, arr)
    if arr.shape != (size,):
        raise ValueError(f"{name} must have {size} entries (one per item), got shape {arr.shape}")
    whole = np.issubdtype(arr.dtype, np.integer) or (
        np.all(np.isfinite(arr)) and np.all(arr == np.round(arr))
    )
    if arr.size and not whole:
        raise ValueError(f"{name} must hold whole numbers")
    return arr.astype(np.int64)
