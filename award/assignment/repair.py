"""Keep a flow optimal while a few arcs are added, one short Dijkstra search per arc.

After pricing has found arcs with negative reduced cost, solving the whole network again costs
seconds; each arc only needs to know whether a cheaper cycle runs through it, and the search
for that cycle stops at the arc's (small) reduced cost.
"""

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from award.assignment.flow import Network


def _spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """All indices of the ranges [starts[i], ends[i]), concatenated."""
    lens = ends - starts
    return np.repeat(starts - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())


class _Residual:
    """Both directions of every arc, grouped by (from, to) node pair, as the CSR graph scipy's
    Dijkstra reads: a group weighs its cheapest direction with room left (inf if none).

    A change of potentials shifts every direction of a group alike, so it updates the groups at
    the nodes concerned in place; only arcs whose flow changed are weighed again.
    """

    def __init__(self, net: Network, flows: np.ndarray, pi: np.ndarray, done: int):
        self.net, self.flows, self.pi, self.done = net, flows, pi, done
        n_arcs, n = net.tails.size, net.n_nodes
        u = np.concatenate([net.tails, net.heads])
        v = np.concatenate([net.heads, net.tails])
        order = np.lexsort((v, u))
        u, v = u[order], v[order]
        self.arc = np.concatenate([np.arange(n_arcs)] * 2)[order]
        self.forward = order < n_arcs
        self.group = np.empty(2 * n_arcs, dtype=np.int64)  # group of [a] forward, [n_arcs+a] back
        new_group = np.r_[True, (u[1:] != u[:-1]) | (v[1:] != v[:-1])]
        self.group[order] = np.cumsum(new_group) - 1
        self.starts = np.flatnonzero(new_group)
        self.ends = np.r_[self.starts[1:], u.size]
        gu, gv = u[self.starts], v[self.starts]
        self.pair_key = gu * n + gv
        self.by_head = np.argsort(gv, kind="stable")
        self.head_ptr = np.searchsorted(gv[self.by_head], np.arange(n + 1))
        indptr = np.searchsorted(gu, np.arange(n + 1))
        self.graph = sp.csr_matrix((np.zeros(gu.size), gv, indptr), shape=(n, n))
        self.reweigh(np.arange(gu.size))

    def _weights(self, entries: np.ndarray) -> np.ndarray:
        net, a = self.net, self.arc[entries]
        rc = (net.costs[a] + self.pi[net.tails[a]] - self.pi[net.heads[a]]).astype(np.float64)
        fwd = self.forward[entries]
        room = np.where(fwd, self.flows[a] < net.caps[a], self.flows[a] > 0) & (a < self.done)
        return np.where(room, np.where(fwd, rc, -rc), np.inf)

    def reweigh(self, groups: np.ndarray) -> None:
        """Weigh these groups again from their arcs' flows and the potentials."""
        span = _spans(self.starts[groups], self.ends[groups])
        lens = self.ends[groups] - self.starts[groups]
        self.graph.data[groups] = np.minimum.reduceat(self._weights(span), np.cumsum(lens) - lens)

    def lower(self, nodes: np.ndarray, by: np.ndarray) -> None:
        """Lower the potentials of `nodes` by `by`, shifting the groups that leave or enter them."""
        self.pi[nodes] -= by.astype(np.int64)
        ptr = self.graph.indptr
        out = _spans(ptr[nodes], ptr[nodes + 1])
        self.graph.data[out] -= np.repeat(by, ptr[nodes + 1] - ptr[nodes])
        into = self.by_head[_spans(self.head_ptr[nodes], self.head_ptr[nodes + 1])]
        self.graph.data[into] += np.repeat(by, self.head_ptr[nodes + 1] - self.head_ptr[nodes])

    def path_arcs(self, pred: np.ndarray, source: int, target: int) -> list[tuple[int, bool]]:
        """(arc, forward) of the cheapest direction on each step of the tree path."""
        out, b, n = [], target, self.net.n_nodes
        while b != source:
            a = int(pred[b])
            g = int(np.searchsorted(self.pair_key, a * n + b))
            span = np.arange(self.starts[g], self.ends[g])
            e = span[int(np.argmin(self._weights(span)))]
            out.append((int(self.arc[e]), bool(self.forward[e])))
            b = a
        return out


def repair(net: Network, flows: np.ndarray, pi: np.ndarray, first: int) -> int:
    """Make `flows` optimal again after arcs [first, ...) were appended to the network with no
    flow, updating `flows` and the potentials `pi` in place; returns the number of cheaper
    cycles found.

    For a new arc (t, h) with reduced cost rc < 0: the shortest path h -> t in the residual
    network (reduced costs >= 0, so Dijkstra, cut off at -rc) either closes a negative cycle,
    which is then pushed, or proves none exists. Lowering the potential of each node the search
    settled by (cut-off - distance) keeps every reduced cost >= 0, so the potentials remain a
    proof of optimality.
    """
    res = _Residual(net, flows, pi, first)
    n_arcs = net.tails.size
    improved = 0
    for arc in range(first, n_arcs):
        t, h = int(net.tails[arc]), int(net.heads[arc])
        rc = int(net.costs[arc] + pi[t] - pi[h])
        changed = [arc]
        if rc < 0:
            dist, pred = dijkstra(res.graph, indices=h, return_predecessors=True, limit=-rc)
            cut = min(dist[t], -rc)
            if dist[t] < -rc:
                for a, forward in res.path_arcs(pred, h, t):
                    flows[a] += 1 if forward else -1
                    changed.append(a)
                flows[arc] += 1
                improved += 1
            settled = np.flatnonzero(dist < cut)
            res.lower(settled, cut - dist[settled])
        res.done = arc + 1
        changed = np.array(changed)
        res.reweigh(np.unique(res.group[np.concatenate([changed, n_arcs + changed])]))
    return improved
