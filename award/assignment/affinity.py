"""How well each reviewer fits each nomination: expertise, shared language and bids."""

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from award.assignment.conflicts import as_rows

DEFAULT_WEIGHTS = {"expertise": 1.0, "language": 0.5, "bid": 1.0}
# Above this many cells the tag product goes sparse x sparse; below, sparse x dense is twice as
# fast. Both sum each cell in the same order whatever the block, so blocks agree to the bit.
_DENSE_TAGS_CELLS = 20_000_000


def _row_normalised(m, rows: int, name: str) -> sp.csr_matrix:
    m = sp.csr_matrix(m, dtype=np.float64)
    if m.shape[0] != rows:
        raise ValueError(f"{name} must have {rows} rows, got {m.shape[0]}")
    if m.nnz and (not np.isfinite(m.data).all() or (m.data < 0).any()):
        raise ValueError(f"{name} must hold finite non-negative tag weights")
    m.sum_duplicates()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).reshape(-1))
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


@dataclass(eq=False)
class Affinity:
    """Affinity a[n, r] = w_exp * cosine(tags) + w_lang * speaks(language) + w_bid * bid.

    Expertise is the cosine similarity of the nomination's tag vector (category and themes) and
    the reviewer's; language is 1 when the reviewer speaks the nomination's language; bid is the
    reviewer's own preference in [-1, 1] (0 when absent). Blocks of rows are computed on demand
    (`block`), so huge rounds never hold N x R values; `total` is the dense matrix for small ones.
    """

    nom_tags: sp.csr_matrix
    rev_tags: sp.csr_matrix
    nom_lang: np.ndarray
    rev_langs_t: np.ndarray
    bids: sp.csr_matrix | None
    weights: dict[str, float]
    _rev_tags_t: object = field(init=False, repr=False)
    _lang_weighted: np.ndarray = field(init=False, repr=False)

    def __post_init__(self):
        t = self.rev_tags.T
        n_tags, n_rev = t.shape
        dense_ok = n_tags * n_rev <= _DENSE_TAGS_CELLS
        self._rev_tags_t = t.toarray() if dense_ok else sp.csr_matrix(t)
        # One extra all-zero row serves nominations of unknown language (code -1).
        langs = np.vstack([self.rev_langs_t, np.zeros((1, n_rev), dtype=bool)])
        self._lang_weighted = langs * self.weights["language"]

    @property
    def shape(self) -> tuple[int, int]:
        return (self.nom_tags.shape[0], self.rev_tags.shape[0])

    @property
    def max_range(self) -> float:
        """Width of the interval every affinity lies in (the bid can be -1)."""
        w = self.weights
        return w["expertise"] + w["language"] + 2.0 * w["bid"]

    def block(self, rows=None) -> np.ndarray:
        """Float64 (len(rows), R) affinities of a block of nomination rows.

        Each cell is summed in the same order whatever the block, so any two blocks agree to the
        bit: the solver's integer costs are defined from these values.
        """
        idx = as_rows(rows, self.shape[0])
        w = self.weights
        prod = self.nom_tags[idx] @ self._rev_tags_t
        out = prod.toarray() if sp.issparse(prod) else np.asarray(prod, dtype=np.float64)
        if w["expertise"] != 1.0:
            out *= w["expertise"]
        if w["language"]:
            out += self._lang_weighted[self.nom_lang[idx]]
        if self.bids is not None and w["bid"] and self.bids.nnz:
            sub = self.bids[idx]
            local = np.repeat(np.arange(idx.size), np.diff(sub.indptr))
            out[local, sub.indices] += w["bid"] * sub.data
        return out

    @property
    def total(self) -> np.ndarray:
        """The dense float32 N x R affinity matrix, for small rounds and display."""
        return self.block(None).astype(np.float32)

    def speaks(self, rows=None) -> np.ndarray:
        """Boolean (len(rows), R): reviewer speaks the nomination's language (True if unknown)."""
        idx = as_rows(rows, self.shape[0])
        lang = self.nom_lang[idx]
        out = np.ones((idx.size, self.shape[1]), dtype=bool)
        known = lang >= 0
        out[known] = self.rev_langs_t[lang[known]]
        return out

    def terms(self, n, r) -> dict[str, np.ndarray]:
        """Per pair: expertise (cosine), language (0/1), bid and weighted total (why it fits)."""
        n = np.asarray(n, dtype=np.int64).reshape(-1)
        r = np.asarray(r, dtype=np.int64).reshape(-1)
        expertise = np.asarray(self.nom_tags[n].multiply(self.rev_tags[r]).sum(axis=1)).reshape(-1)
        lang = self.nom_lang[n]
        language = np.zeros(n.size)
        known = lang >= 0
        language[known] = self.rev_langs_t[lang[known], r[known]]
        bid = np.zeros(n.size)
        if self.bids is not None and self.bids.nnz and n.size:
            bid = np.asarray(self.bids[n, r]).reshape(-1).astype(np.float64)
        w = self.weights
        total = w["expertise"] * expertise + w["language"] * language + w["bid"] * bid
        return {"expertise": expertise, "language": language, "bid": bid, "total": total}

    def shared_tags(self, n: int, r: int) -> np.ndarray:
        """Indices of the tags (category, themes) the nomination and the reviewer share."""
        a = self.nom_tags[n].indices
        b = self.rev_tags[r].indices
        return np.intersect1d(a, b)


def build_affinity(
    *,
    nom_tags,
    rev_tags,
    nom_lang=None,
    rev_langs=None,
    bids=None,
    weights: dict[str, float] | None = None,
) -> Affinity:
    """Prepare affinities from tags, languages and bids.

    nom_tags: N x T and rev_tags: R x T (sparse or dense, non-negative tag weights: category and
    themes). nom_lang: one int language code per nomination (-1 unknown); rev_langs: R x L boolean
    (which languages each reviewer speaks). bids: optional N x R sparse matrix in [-1, 1].
    weights: any of expertise, language, bid (defaults 1.0, 0.5, 1.0), each >= 0.
    """
    w = dict(DEFAULT_WEIGHTS)
    for key, value in (weights or {}).items():
        if key not in w:
            raise ValueError(f"unknown affinity weight {key!r}; use one of {sorted(w)}")
        if not np.isfinite(value) or value < 0:
            raise ValueError(f"weight {key!r} must be a finite number >= 0, got {value}")
        w[key] = float(value)
    n_nom = nom_tags.shape[0]
    n_rev = rev_tags.shape[0]
    if nom_tags.shape[1] != rev_tags.shape[1]:
        raise ValueError(
            f"nom_tags and rev_tags must share the tag columns ({nom_tags.shape[1]} vs "
            f"{rev_tags.shape[1]})"
        )
    nt = _row_normalised(nom_tags, n_nom, "nom_tags")
    rt = _row_normalised(rev_tags, n_rev, "rev_tags")
    if nom_lang is None:
        nom_lang = np.full(n_nom, -1, dtype=np.int64)
    nom_lang = np.asarray(nom_lang, dtype=np.int64).reshape(-1)
    if nom_lang.size != n_nom:
        raise ValueError(f"nom_lang must have {n_nom} entries, got {nom_lang.size}")
    if rev_langs is None:
        rev_langs = sp.csr_matrix((n_rev, max(1, int(nom_lang.max(initial=-1)) + 1)), dtype=bool)
    if rev_langs.shape[0] != n_rev:
        raise ValueError(f"rev_langs must have {n_rev} rows, got {rev_langs.shape[0]}")
    langs_t = (rev_langs.T.toarray() if sp.issparse(rev_langs) else np.asarray(rev_langs).T) != 0
    if nom_lang.max(initial=-1) >= langs_t.shape[0]:
        raise ValueError(f"nom_lang codes must be < {langs_t.shape[0]} (columns of rev_langs)")
    if bids is not None:
        bids = sp.csr_matrix(bids, dtype=np.float64)
        bids.sum_duplicates()
        if bids.shape != (n_nom, n_rev):
            raise ValueError(f"bids must have shape {(n_nom, n_rev)}, got {bids.shape}")
        if bids.nnz and (not np.isfinite(bids.data).all() or np.abs(bids.data).max() > 1):
            raise ValueError("bids must lie in [-1, 1]")
    return Affinity(
        nom_tags=nt,
        rev_tags=rt,
        nom_lang=nom_lang,
        rev_langs_t=np.ascontiguousarray(langs_t),
        bids=bids,
        weights=w,
    )
