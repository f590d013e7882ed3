#!/usr/bin/env python3
"""NetworkX's scores for diplograph's rank measures, on a projected export.

Usage:
    python3 networkx_rank.py [--weighted] [--tol TOL] [--max-iter N] EXPORT MEASURE...

EXPORT is the node-link JSON that `diplograph export --projected --format
nodelink` writes: the simple weighted directed graph the measures run on,
which NetworkX reads as a DiGraph whose edges have "weight" and "cost" =
1/weight. MEASURE is a name `diplograph rank --by` takes. --weighted
computes what `rank --weighted` does; --tol and --max-iter are the power
methods' tolerance and iteration limit (the library's DefaultTol and
DefaultMaxIter; NetworkX's own defaults are looser).

Prints one JSON object:
    {"networkx": version,
     "graph": {"directed", "multigraph", "nodes", "edges"},
     "scores": {MEASURE: {actor ID: score}},
     "errors": {MEASURE: why there is no score}}
An error is "not converged: ..." when NetworkX's power iteration failed to
converge (diplograph's fails too), or "unknown measure" when this script has
no NetworkX call for the name.

The calls are those of the table in graph/analysis's package documentation
("Weights"), and of `diplograph export --help`: keep the three in step.
cmd/diplograph/networkx_test.go runs this script for every measure rank
offers and compares with `diplograph rank --json` to 1e-9.
"""

import argparse
import json
import sys

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python


def pagerank(G, weight, tol, max_iter):
    # nx.pagerank needs scipy; _pagerank_python is the same power iteration.
    try:
        import scipy  # noqa: F401
        return nx.pagerank(G, weight=weight, tol=tol, max_iter=max_iter)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(G, weight=weight, tol=tol, max_iter=max_iter)


def hits(G, weighted, tol, max_iter):
    # NetworkX's power iteration weighs edges by "weight"; unweighted runs
    # on a copy without weights. (nx.hits uses an SVD instead, which agrees
    # where the leading singular value is simple.)
    H = G
    if not weighted:
        H = nx.DiGraph()
        H.add_nodes_from(G)
        H.add_edges_from(G.edges())
    return _hits_python(H, tol=tol, max_iter=max_iter)


def measure(G, name, weighted, tol, max_iter):
    w = "weight" if weighted else None  # strength: PageRank, eigenvector, Katz, degree
    d = "cost" if weighted else None  # distance: 1/weight
    if name == "degree":
        return dict(G.degree(weight="weight")) if weighted else nx.degree_centrality(G)
    if name == "indegree":
        return dict(G.in_degree(weight="weight")) if weighted else nx.in_degree_centrality(G)
    if name == "outdegree":
        return dict(G.out_degree(weight="weight")) if weighted else nx.out_degree_centrality(G)
    if name == "pagerank":
        return pagerank(G, w, tol, max_iter)
    if name == "eigenvector":
        return nx.eigenvector_centrality(G, weight=w, tol=tol, max_iter=max_iter)
    if name == "katz":
        return nx.katz_centrality(G, alpha=0.1, beta=1.0, weight=w, tol=tol, max_iter=max_iter)
    if name in ("hubs", "hits"):
        return hits(G, weighted, tol, max_iter)[0]
    if name == "authorities":
        return hits(G, weighted, tol, max_iter)[1]
    if name == "betweenness":
        return nx.betweenness_centrality(G, weight=d)
    if name == "closeness":
        return nx.closeness_centrality(G, distance=d)
    if name == "harmonic":
        return nx.harmonic_centrality(G, distance=d)
    if name == "core":
        # Structural: unweighted either way (NetworkX has no weighted core number).
        return nx.core_number(G)
    if name == "reciprocity":
        # Structural: unweighted either way; NetworkX gives None for an
        # isolated actor, diplograph 0.
        return {n: (r if r is not None else 0.0) for n, r in nx.reciprocity(G, G.nodes).items()}
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weighted", action="store_true")
    ap.add_argument("--tol", type=float, default=1e-12)
    ap.add_argument("--max-iter", type=int, default=10000)
    ap.add_argument("export")
    ap.add_argument("measures", nargs="+")
    args = ap.parse_args()
    with open(args.export, encoding="utf-8") as f:
        G = nx.node_link_graph(json.load(f), edges="edges")
    out = {
        "networkx": nx.__version__,
        "graph": {"directed": G.is_directed(), "multigraph": G.is_multigraph(),
                  "nodes": G.number_of_nodes(), "edges": G.number_of_edges()},
        "scores": {},
        "errors": {},
    }
    for name in args.measures:
        try:
            scores = measure(G, name, args.weighted, args.tol, args.max_iter)
        except nx.PowerIterationFailedConvergence as e:
            out["errors"][name] = f"not converged: {e}"
            continue
        if scores is None:
            out["errors"][name] = "unknown measure"
            continue
        out["scores"][name] = {str(k): float(v) for k, v in scores.items()}
    json.dump(out, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


main()
