"""The additive reviewer-bias model (Platt and Burges, NIPS 2002-2014): total = mu + quality of
the nomination + offset of the reviewer + noise, fitted by regularised least squares over the
whole round, with exact draws from its Gaussian posterior for rank intervals and P(top N)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from award.ranking.grouped import Layout
from award.texts import Text


@dataclass(frozen=True)
class VarianceComponents:
    """Standard deviations on the 0-100 scale: between nominations (quality), between reviewers
    (offset), and what is left (noise)."""

    quality_sd: float
    reviewer_sd: float
    noise_sd: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(float(v), 4) for k, v in vars(self).items()}


def variance_components(layout: Layout, y: np.ndarray) -> VarianceComponents | None:
    """Henderson's method 1, O(reviews): the sums of squares within nominations, within
    reviewers and in total have expectations that are linear in the three variances, with
    coefficients that depend only on who reviewed what (unbalanced loads included). Solving
    those three equations gives each part. Estimates at or below zero are floored at 1% of the
    total variance so the priors stay proper."""
    n = len(y)
    if n < 3:
        return None
    n_n = layout.per_nomination.astype(np.float64)
    n_r = layout.per_reviewer.astype(np.float64)
    reviewed_n, reviewed_r = n_n > 0, n_r > 0
    if np.count_nonzero(n_n >= 2) == 0 or np.count_nonzero(n_r >= 2) == 0:
        return None
    # n_nr: reviews linking nomination n and reviewer r (1, unless someone reviewed twice).
    pair = np.unique(layout.nomination * layout.n_reviewers + layout.reviewer, return_counts=True)
    pair_n, pair_r = np.divmod(pair[0], layout.n_reviewers)
    k_b = np.sum(pair[1] ** 2 / n_n[pair_n])
    k_f = np.sum(pair[1] ** 2 / n_r[pair_r])
    t0 = float(np.sum(y**2))
    t_n = float(
        np.sum(np.bincount(layout.nomination, y, len(n_n))[reviewed_n] ** 2 / n_n[reviewed_n])
    )
    t_r = float(
        np.sum(np.bincount(layout.reviewer, y, len(n_r))[reviewed_r] ** 2 / n_r[reviewed_r])
    )
    t_mu = float(np.sum(y)) ** 2 / n
    # Rows: within nominations, within reviewers, total; columns: quality, reviewer, noise.
    expected = np.array(
        [
            [0.0, n - k_b, n - np.count_nonzero(reviewed_n)],
            [n - k_f, 0.0, n - np.count_nonzero(reviewed_r)],
            [n - np.sum(n_n**2) / n, n - np.sum(n_r**2) / n, n - 1.0],
        ]
    )
    observed = np.array([t0 - t_n, t0 - t_r, t0 - t_mu])
    total = observed[2] / (n - 1)
    if total <= 0:
        return None
    try:
        parts = np.linalg.solve(expected, observed)
    except np.linalg.LinAlgError:
        return None
    return VarianceComponents(*np.sqrt(np.maximum(parts, max(0.01 * total, 1e-9))))


def disconnected_reason(layout: Layout) -> Text | str:
    """Why offsets cannot be separated from quality, or "" when the reviews form one group."""
    n_nom, n_rev = layout.n_nominations, layout.n_reviewers
    edges = sp.coo_matrix(
        (np.ones(len(layout.nomination)), (layout.nomination, n_nom + layout.reviewer)),
        shape=(n_nom + n_rev, n_nom + n_rev),
    )
    _, label = connected_components(edges, directed=False)
    reviewed = np.flatnonzero(layout.per_nomination > 0)
    groups, sizes = np.unique(label[reviewed], return_counts=True)
    if len(groups) <= 1:
        return ""
    return Text(
        "ranking.disconnected",
        groups=len(groups),
        largest=int(sizes.max()),
        reviewed=len(reviewed),
    )


@dataclass(frozen=True, eq=False)
class AdditiveFit:
    """Posterior of y = mu + f_n + b_r + e, with f ~ N(0, quality_sd^2), b ~ N(0, reviewer_sd^2),
    e ~ N(0, noise_sd^2) and a flat prior on mu. quality[n] = mu + f_n is the calibrated score."""

    quality: np.ndarray  # (N,) posterior mean of mu + f_n
    offset: np.ndarray  # (R,) posterior mean of b_r: positive = lenient, negative = harsh
    mu: float
    components: VarianceComponents
    _chol: np.ndarray  # lower Cholesky factor of the Schur complement over (mu, b)
    _coupling: sp.csr_matrix  # (N, R + 1): how many reviews link each nomination to mu and to b_r
    _diag: np.ndarray  # (N,) precision of f_n given (mu, b), divided by 1 / noise^2
    _rhs: np.ndarray  # (N,) sum of each nomination's totals
    _centre: np.ndarray  # (R + 1,) posterior mean of (mu, b)

    def draw(self, rng: np.random.Generator, size: int) -> np.ndarray:
        """(size, N) float32 draws of mu + f_n from the exact joint posterior: (mu, b) through
        the Cholesky factor, then each f_n given them, which is independent across nominations."""
        noise = self.components.noise_sd
        z = rng.standard_normal((len(self._centre), size))
        shared = self._centre[:, None] + noise * la.solve_triangular(
            self._chol, z, lower=True, trans="T", check_finite=False
        )
        out = rng.standard_normal((size, len(self._diag)), dtype=np.float32)
        out *= (noise / np.sqrt(self._diag)).astype(np.float32)
        conditional = (self._rhs[:, None] - self._coupling @ shared) / self._diag[:, None]
        out += (conditional + shared[0]).T
        return out


def fit_additive(layout: Layout, y: np.ndarray, components: VarianceComponents) -> AdditiveFit:
    """Solve the normal equations by eliminating the N nomination effects, whose block is
    diagonal, leaving a dense (R + 1) x (R + 1) system over mu and the reviewer offsets: exact,
    O(reviews + R^3), and the same factor serves the posterior draws."""
    n_nom, n_rev = layout.n_nominations, layout.n_reviewers
    noise2 = components.noise_sd**2
    ridge_f = noise2 / components.quality_sd**2
    ridge_b = noise2 / components.reviewer_sd**2
    diag = layout.per_nomination + ridge_f
    coupling = sp.csr_matrix(
        (
            np.ones(2 * len(y)),
            (np.tile(layout.nomination, 2), np.r_[np.zeros(len(y), np.int64), 1 + layout.reviewer]),
        ),
        shape=(n_nom, n_rev + 1),
    )
    coupling.sum_duplicates()
    schur = np.zeros((n_rev + 1, n_rev + 1))
    schur[0, 0] = len(y)
    schur[0, 1:] = schur[1:, 0] = layout.per_reviewer
    schur[np.arange(1, n_rev + 1), np.arange(1, n_rev + 1)] = layout.per_reviewer + ridge_b
    eliminated = (coupling.T.multiply(1.0 / diag) @ coupling).tocoo()
    # The product holds each (row, col) once, so plain fancy-index subtraction is exact.
    schur[eliminated.row, eliminated.col] -= eliminated.data
    rhs_f = np.bincount(layout.nomination, y, n_nom)
    rhs_c = np.r_[y.sum(), np.bincount(layout.reviewer, y, n_rev)] - coupling.T @ (rhs_f / diag)
    chol = la.cholesky(schur, lower=True, overwrite_a=True, check_finite=False)
    centre = la.cho_solve((chol, True), rhs_c, check_finite=False)
    f = (rhs_f - coupling @ centre) / diag
    return AdditiveFit(
        quality=centre[0] + f,
        offset=centre[1:],
        mu=float(centre[0]),
        components=components,
        _chol=chol,
        _coupling=coupling,
        _diag=diag,
        _rhs=rhs_f,
        _centre=centre,
    )
