"""Conflicts of interest between nominations and reviewers, evaluated lazily in row blocks."""

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

HARD_REASONS = ("organisation", "email_domain", "nominator", "declared")
SOFT_REASONS = ("country",)


def as_rows(rows, n: int) -> np.ndarray:
    """Row selector (slice, index array or None for all) as an int64 index array."""
    if rows is None:
        return np.arange(n, dtype=np.int64)
    if isinstance(rows, slice):
        return np.arange(n, dtype=np.int64)[rows]
    return np.asarray(rows, dtype=np.int64).reshape(-1)


def codes(values, n: int, name: str) -> np.ndarray:
    """Integer codes as an (n, m) array; 1-D input means one code per row, -1 means unknown."""
    if values is None:
        return np.full((n, 1), -1, dtype=np.int64)
    arr = np.asarray(values)
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2 or arr.shape[0] != n:
        raise ValueError(f"{name} must have {n} rows (one per item), got shape {arr.shape}")
    if not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"{name} must hold integer codes (-1 for unknown), got {arr.dtype}")
    return arr.astype(np.int64, copy=False)


def pair_matrix(pairs, shape: tuple[int, int], name: str) -> sp.csr_matrix:
    """(n_idx, r_idx) arrays, an (M, 2) array or a sparse matrix, as a boolean CSR matrix."""
    if pairs is None:
        return sp.csr_matrix(shape, dtype=bool)
    if sp.issparse(pairs):
        if pairs.shape != shape:
            raise ValueError(f"{name} must have shape {shape}, got {pairs.shape}")
        m = sp.csr_matrix(pairs, dtype=bool)
        m.eliminate_zeros()
        return m
    if isinstance(pairs, tuple | list) and len(pairs) == 2:
        n_idx, r_idx = (np.asarray(p, dtype=np.int64).reshape(-1) for p in pairs)
    else:
        arr = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        n_idx, r_idx = arr[:, 0], arr[:, 1]
    if n_idx.shape != r_idx.shape:
        raise ValueError(f"{name}: nomination and reviewer index arrays differ in length")
    if n_idx.size and (n_idx.min() < 0 or n_idx.max() >= shape[0]):
        raise ValueError(f"{name}: nomination index out of range 0..{shape[0] - 1}")
    if r_idx.size and (r_idx.min() < 0 or r_idx.max() >= shape[1]):
        raise ValueError(f"{name}: reviewer index out of range 0..{shape[1] - 1}")
    data = np.ones(n_idx.size, dtype=bool)
    m = sp.csr_matrix((data, (n_idx, r_idx)), shape=shape, dtype=bool)
    m.sum_duplicates()
    return m


def _code_index(rev: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per code column: reviewers sorted by code, and the sorted codes (for range look-ups)."""
    out = []
    for j in range(rev.shape[1]):
        order = np.argsort(rev[:, j], kind="stable")
        out.append((order, rev[order, j]))
    return out


def _match_cells(nom: np.ndarray, index) -> tuple[np.ndarray, np.ndarray]:
    """(row, reviewer) cells where a known code of the row equals a code of the reviewer.

    Found by binary search in the reviewers sorted by code, so the work follows the number of
    matches rather than rows x reviewers.
    """
    rows, cols = [], []
    for i in range(nom.shape[1]):
        a = nom[:, i]
        for order, sorted_codes in index:
            lo = np.searchsorted(sorted_codes, a, side="left")
            hi = np.searchsorted(sorted_codes, a, side="right")
            counts = np.where(a >= 0, hi - lo, 0)
            if not counts.any():
                continue
            starts = np.repeat(lo, counts)
            ranks = np.arange(starts.size) - np.repeat(np.cumsum(counts) - counts, counts)
            rows.append(np.repeat(np.arange(a.size), counts))
            cols.append(order[starts + ranks])
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if len(rows) == 1:
        return rows[0], cols[0]
    r, c = np.concatenate(rows), np.concatenate(cols)
    width = max(1, int(c.max(initial=0)) + 1)
    _, first = np.unique(r * width + c, return_index=True)
    return r[first], c[first]


def csr_cells(m: sp.csr_matrix, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position in idx, column) of the stored entries of rows idx of a CSR matrix."""
    if m.nnz == 0 or idx.size == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    sub = m[idx]
    return np.repeat(np.arange(idx.size), np.diff(sub.indptr)), sub.indices.astype(np.int64)


def _dense(cells: tuple[np.ndarray, np.ndarray], shape: tuple[int, int]) -> np.ndarray:
    out = np.zeros(shape, dtype=bool)
    out[cells] = True
    return out


def _match_pairs(nom: np.ndarray, rev: np.ndarray) -> np.ndarray:
    """Whether aligned pairs share a known code: nom is (M, m1), rev is (M, m2)."""
    out = np.zeros(nom.shape[0], dtype=bool)
    for i in range(nom.shape[1]):
        for j in range(rev.shape[1]):
            out |= (nom[:, i] == rev[:, j]) & (nom[:, i] >= 0)
    return out


def _lookup(m: sp.csr_matrix, n: np.ndarray, r: np.ndarray) -> np.ndarray:
    if m.nnz == 0 or n.size == 0:
        return np.zeros(n.size, dtype=bool)
    return np.asarray(m[n, r]).reshape(-1).astype(bool)


@dataclass(frozen=True, eq=False)
class Conflicts:
    """Who may not review what. Hard reasons are never relaxed; "country" is soft.

    Nothing N x R is stored: masks are computed for any block of nomination rows, so a
    20,000 x 15,000 round never needs a 300M-cell matrix.
    """

    n_nominations: int
    n_reviewers: int
    nom_org: np.ndarray
    rev_org: np.ndarray
    nom_country: np.ndarray
    rev_country: np.ndarray
    nom_domain: np.ndarray
    rev_domain: np.ndarray
    nominator: sp.csr_matrix
    declared: sp.csr_matrix
    same_country: bool
    _index: dict = field(default_factory=dict, init=False, repr=False)

    def _codes_index(self, name: str):
        if name not in self._index:
            self._index[name] = _code_index(getattr(self, "rev_" + name))
        return self._index[name]

    def hard_cells(self, rows=None) -> tuple[np.ndarray, np.ndarray]:
        """(position in rows, reviewer) of every hard conflict of the rows, possibly repeated."""
        idx = as_rows(rows, self.n_nominations)
        parts = [
            _match_cells(self.nom_org[idx], self._codes_index("org")),
            _match_cells(self.nom_domain[idx], self._codes_index("domain")),
            csr_cells(self.nominator, idx),
            csr_cells(self.declared, idx),
        ]
        return tuple(np.concatenate(x) for x in zip(*parts, strict=True))

    def soft_cells(self, rows=None) -> tuple[np.ndarray, np.ndarray]:
        """(position in rows, reviewer) of every same-country pair, each once; none if the
        round does not count same country as a conflict."""
        idx = as_rows(rows, self.n_nominations)
        if not self.same_country:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return _match_cells(self.nom_country[idx], self._codes_index("country"))

    @property
    def shape(self) -> tuple[int, int]:
        return (self.n_nominations, self.n_reviewers)

    def hard(self, rows=None) -> np.ndarray:
        """Boolean (len(rows), R): a hard conflict (organisation, domain, nominator, declared)."""
        idx = as_rows(rows, self.n_nominations)
        return _dense(self.hard_cells(idx), (idx.size, self.n_reviewers))

    def soft(self, rows=None) -> np.ndarray:
        """Boolean (len(rows), R): same country, when the round counts that as a conflict."""
        idx = as_rows(rows, self.n_nominations)
        return _dense(self.soft_cells(idx), (idx.size, self.n_reviewers))

    def block(self, rows=None, relax_soft: bool = False) -> np.ndarray:
        """Boolean (len(rows), R): any conflict that applies (soft ones unless relaxed)."""
        out = self.hard(rows)
        if not relax_soft:
            out |= self.soft(rows)
        return out

    def dense(self, relax_soft: bool = False) -> np.ndarray:
        """The whole N x R conflict matrix; only for rounds small enough to hold it."""
        return self.block(None, relax_soft)

    def pairs(self, n, r) -> tuple[np.ndarray, np.ndarray]:
        """(hard, soft) booleans for aligned index arrays n and r."""
        n = np.asarray(n, dtype=np.int64).reshape(-1)
        r = np.asarray(r, dtype=np.int64).reshape(-1)
        hard = _match_pairs(self.nom_org[n], self.rev_org[r])
        hard |= _match_pairs(self.nom_domain[n], self.rev_domain[r])
        hard |= _lookup(self.nominator, n, r) | _lookup(self.declared, n, r)
        soft = np.zeros(n.size, dtype=bool)
        if self.same_country:
            soft = _match_pairs(self.nom_country[n], self.rev_country[r])
        return hard, soft

    def reasons(self, n: int, r: int) -> list[str]:
        """Reason codes that apply to one pair, hard ones first, for display."""
        n_, r_ = np.array([n]), np.array([r])
        found = []
        if _match_pairs(self.nom_org[n_], self.rev_org[r_])[0]:
            found.append("organisation")
        if _match_pairs(self.nom_domain[n_], self.rev_domain[r_])[0]:
            found.append("email_domain")
        if _lookup(self.nominator, n_, r_)[0]:
            found.append("nominator")
        if _lookup(self.declared, n_, r_)[0]:
            found.append("declared")
        if self.same_country and _match_pairs(self.nom_country[n_], self.rev_country[r_])[0]:
            found.append("country")
        return found

    def counts(self, block_cells: int = 1_000_000) -> dict[str, int]:
        """Conflicted pairs per reason (a pair may count under several), for the report."""
        step = max(1, block_cells // max(1, self.n_reviewers))
        totals = dict.fromkeys(HARD_REASONS + SOFT_REASONS, 0)
        for start in range(0, self.n_nominations, step):
            idx = np.arange(start, min(start + step, self.n_nominations))
            for reason, name in (("organisation", "org"), ("email_domain", "domain")):
                cells = _match_cells(getattr(self, "nom_" + name)[idx], self._codes_index(name))
                totals[reason] += cells[0].size
            totals["country"] += self.soft_cells(idx)[0].size
        totals["nominator"] = int(self.nominator.nnz)
        totals["declared"] = int(self.declared.nnz)
        return totals


def build_conflicts(
    *,
    n_nominations: int | None = None,
    n_reviewers: int | None = None,
    nom_org=None,
    rev_org=None,
    nom_country=None,
    rev_country=None,
    nom_domain=None,
    rev_domain=None,
    nominator_is_reviewer=None,
    declared=None,
    same_country: bool = False,
) -> Conflicts:
    """Collect the conflict rules of a round.

    Code arrays are integer codes, one per nomination (or reviewer), or 2-D with several codes per
    row (e.g. the nominee's and the nominator's organisation) padded with -1; -1 never matches.
    Public e-mail providers must already be mapped to -1 by the caller. `nominator_is_reviewer`
    and `declared` are pairs: a tuple of (nomination indices, reviewer indices), an (M, 2) array or
    an N x R sparse matrix. Same country is a conflict only when `same_country` is true, and it is
    the one soft reason: the solver may relax it at a penalty when asked.
    Sizes are taken from the code arrays unless given.
    """
    n = n_nominations
    r = n_reviewers
    for arr in (nom_org, nom_country, nom_domain):
        if n is None and arr is not None:
            n = len(arr)
    for arr in (rev_org, rev_country, rev_domain):
        if r is None and arr is not None:
            r = len(arr)
    if n is None or r is None:
        raise ValueError("pass n_nominations and n_reviewers, or code arrays to size the round")
    if n < 0 or r < 0:
        raise ValueError("the numbers of nominations and reviewers must be >= 0")
    if same_country and (nom_country is None or rev_country is None):
        raise ValueError("same_country=True needs nom_country and rev_country")
    shape = (int(n), int(r))
    return Conflicts(
        n_nominations=shape[0],
        n_reviewers=shape[1],
        nom_org=codes(nom_org, shape[0], "nom_org"),
        rev_org=codes(rev_org, shape[1], "rev_org"),
        nom_country=codes(nom_country, shape[0], "nom_country"),
        rev_country=codes(rev_country, shape[1], "rev_country"),
        nom_domain=codes(nom_domain, shape[0], "nom_domain"),
        rev_domain=codes(rev_domain, shape[1], "rev_domain"),
        nominator=pair_matrix(nominator_is_reviewer, shape, "nominator_is_reviewer"),
        declared=pair_matrix(declared, shape, "declared"),
        same_country=bool(same_country),
    )
