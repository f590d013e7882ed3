#!/usr/bin/env python3
"""Reference values from NetworkX for the agreement tests of package analysis.

The Go tests export every test graph's projection to testdata/graphs/NAME.json
(refresh with `go test ./graph/analysis -run TestExport -update`, the -update
flag of internal/golden). This script
reads those files, runs NetworkX on them and writes testdata/networkx/NAME.json,
which the Go tests compare against. To regenerate (NetworkX 3.6; scipy is only
needed for the cross-check of nx.hits, the pure-Python _hits_python is used as
the reference):

    cd graph/analysis/testdata
    PYTHONPATH=$(python3 -c 'import networkx,os;print(os.path.dirname(os.path.dirname(networkx.__file__)))') \
        /usr/bin/python3 networkx_reference.py graphs/*.json

Graph file format: {"name", "nodes": [id, ...] (in node order), "edges":
[[u, v, weight, cost, sign], ...] (the directed projection; cost = 1/weight
as computed in Go, so both sides add the same floats; sign the edge's net
sign), "undirected": [[u, v, weight], ...] (the undirected collapse),
"signed": [[u, v, sign], ...] (the signed projection)}.

Power methods run with the tolerance the Go side uses by default (1e-12),
tighter than NetworkX's defaults, so both converge to the same vector.

Every measure that takes Weighted in Go has both variants here: the
unweighted one (weight=None, or hop distances) and the weighted one
(weight="weight" on G, or distances in cost = 1/weight), the NetworkX calls
named in the table of the package documentation.
"""

import json
import os
import sys

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

TOL = 1e-12
MAX_ITER = 10000


def pagerank(G, **kw):
    try:
        import scipy  # noqa: F401
        return nx.pagerank(G, tol=TOL, max_iter=MAX_ITER, **kw)
    except ImportError:
        return _pagerank_python(G, tol=TOL, max_iter=MAX_ITER, **kw)


def sets(components):
    return sorted(sorted(c) for c in components)


def balance(nodes, signed, G):
    """Signed triad censuses by brute force, independent of the Go code."""
    S = nx.Graph()
    S.add_nodes_from(nodes)
    for u, v, sg in signed:
        S.add_edge(u, v, sign=sg)
    census = {"PPP": 0, "PPN": 0, "PNN": 0, "NNN": 0}
    unbalanced = []
    for tri in nx.enumerate_all_cliques(S):
        if len(tri) < 3:
            continue
        if len(tri) > 3:
            break
        a, b, c = sorted(tri)
        neg = sum(S[x][y]["sign"] < 0 for x, y in ((a, b), (b, c), (a, c)))
        census[["PPP", "PPN", "PNN", "NNN"][neg]] += 1
        if neg % 2:
            unbalanced.append([a, b, c])
    directed = {}
    for a, b, d in G.edges(data=True):
        if d["sign"] == 0:
            continue
        for c in G.successors(b):
            if c == a or not G.has_edge(a, c):
                continue
            s2, s3 = G[b][c]["sign"], G[a][c]["sign"]
            if s2 == 0 or s3 == 0:
                continue
            key = "".join("+" if s > 0 else "-" for s in (d["sign"], s2, s3))
            directed[key] = directed.get(key, 0) + 1
    return {"census": census, "unbalanced": sorted(unbalanced), "directed": directed}


def reference(data):
    nodes = data["nodes"]
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for u, v, w, c, sg in data["edges"]:
        G.add_edge(u, v, weight=w, cost=c, sign=sg)
    U = nx.Graph()
    U.add_nodes_from(nodes)
    for u, v, w in data["undirected"]:
        U.add_edge(u, v, weight=w, cost=1 / w)
    out = {}
    out["balance"] = balance(nodes, data["signed"], G)
    m = out.setdefault("measures", {})
    m["degree"] = nx.degree_centrality(G)
    m["in_degree"] = nx.in_degree_centrality(G)
    m["out_degree"] = nx.out_degree_centrality(G)
    m["degree_weighted"] = dict(G.degree(weight="weight"))
    m["in_degree_weighted"] = dict(G.in_degree(weight="weight"))
    m["out_degree_weighted"] = dict(G.out_degree(weight="weight"))
    m["pagerank"] = pagerank(G, weight=None)
    m["pagerank_weighted"] = pagerank(G, weight="weight")
    pers = {nodes[0]: 1.0, nodes[2]: 2.0}
    m["pagerank_personalized"] = pagerank(G, weight=None, personalization=pers)
    m["pagerank_personalized_weighted"] = pagerank(G, weight="weight", personalization=pers)
    m["betweenness"] = nx.betweenness_centrality(G)
    m["betweenness_weighted"] = nx.betweenness_centrality(G, weight="cost")
    m["closeness"] = nx.closeness_centrality(G)
    m["closeness_weighted"] = nx.closeness_centrality(G, distance="cost")
    m["harmonic"] = nx.harmonic_centrality(G)
    m["harmonic_weighted"] = nx.harmonic_centrality(G, distance="cost")
    m["eigenvector"] = nx.eigenvector_centrality(G, weight=None, tol=TOL, max_iter=MAX_ITER)
    m["eigenvector_weighted"] = nx.eigenvector_centrality(G, weight="weight", tol=TOL, max_iter=MAX_ITER)
    m["katz"] = nx.katz_centrality(G, alpha=0.05, beta=1.0, weight=None, tol=TOL, max_iter=MAX_ITER)
    m["katz_weighted"] = nx.katz_centrality(G, alpha=0.02, beta=1.0, weight="weight", tol=TOL, max_iter=MAX_ITER)
    H = nx.DiGraph()
    H.add_nodes_from(nodes)
    H.add_edges_from(G.edges())  # unweighted copy
    m["hubs"], m["authorities"] = _hits_python(H, tol=TOL, max_iter=MAX_ITER)
    m["hubs_weighted"], m["authorities_weighted"] = _hits_python(G, tol=TOL, max_iter=MAX_ITER)
    m["core_number"] = nx.core_number(G)
    m["reciprocity_node"] = {n: (r if r is not None else 0.0) for n, r in nx.reciprocity(G, G.nodes).items()}

    s = out.setdefault("structure", {})
    s["weak_components"] = sets(nx.weakly_connected_components(G))
    s["strong_components"] = sets(nx.strongly_connected_components(G))
    s["cliques"] = sets(nx.find_cliques(U))
    s["density"] = nx.density(G)
    s["reciprocity"] = nx.overall_reciprocity(G) if G.number_of_edges() else 0.0
    # Egos of the first node (outward) and of the last (either way, on the
    # undirected collapse U, whose weights sum both directions: G's own
    # to_undirected would keep one direction's weight).
    s["ego2"] = {nodes[0]: sorted(nx.ego_graph(G, nodes[0], radius=2)),
                 nodes[-1]: sorted(nx.ego_graph(U, nodes[-1], radius=2))}
    s["ego_cost"] = {nodes[0]: sorted(nx.ego_graph(G, nodes[0], radius=1.5, distance="cost")),
                     nodes[-1]: sorted(nx.ego_graph(U, nodes[-1], radius=1.5, distance="cost"))}
    # Shortest paths: hop distance and weighted (cost) distance between
    # every ordered pair that is connected, from the first few sources.
    p = out.setdefault("paths", {})
    p["hops"] = {u: nx.single_source_shortest_path_length(G, u) for u in nodes[:5]}
    p["cost"] = {u: nx.single_source_dijkstra_path_length(G, u, weight="cost") for u in nodes[:5]}
    p["hops_undirected"] = {u: nx.single_source_shortest_path_length(U, u) for u in nodes[:5]}
    p["cost_undirected"] = {u: nx.single_source_dijkstra_path_length(U, u, weight="cost") for u in nodes[:5]}
    # Distances with the weight itself as the cost (analysis.CostWeight).
    p["weight"] = {u: nx.single_source_dijkstra_path_length(G, u, weight="weight") for u in nodes[:5]}
    p["weight_undirected"] = {u: nx.single_source_dijkstra_path_length(U, u, weight="weight") for u in nodes[:5]}
    # k shortest simple paths (Yen) from the first node reaching 4 others to the farthest one
    # it reaches (by hops, then ID): their lengths, and the number of simple
    # paths of at most 4 hops.
    src = next(u for u in nodes if len(nx.descendants(G, u)) >= 4)
    far = max(nx.single_source_shortest_path_length(G, src).items(), key=lambda kv: (kv[1], [-ord(ch) for ch in kv[0]]))[0]
    p["yen_source"], p["yen_target"] = src, far
    hops = nx.shortest_simple_paths(G, src, far)
    p["yen_hops"] = [len(path) - 1 for path, _ in zip(hops, range(6))]
    cost = nx.shortest_simple_paths(G, src, far, weight="cost")
    p["yen_cost"] = [nx.path_weight(G, path, "cost") for path, _ in zip(cost, range(6))]
    p["simple_paths_4"] = sum(1 for _ in nx.all_simple_paths(G, src, far, cutoff=4))
    # Communities: modularity of the connected components of the collapse,
    # weighted, unweighted and at resolution 2, and of NetworkX's own
    # Louvain results (seed 1), weighted and unweighted, for comparison.
    c = out.setdefault("communities", {})
    comps = sets(nx.connected_components(U))
    c["components"] = comps

    def modularity(groups, **kw):
        return nx.community.modularity(U, groups, **kw) if U.number_of_edges() else 0.0

    c["components_modularity"] = modularity(comps, weight="weight")
    c["components_modularity_unweighted"] = modularity(comps, weight=None)
    c["components_modularity_gamma2"] = modularity(comps, weight="weight", resolution=2)
    lv = sets(nx.community.louvain_communities(U, weight="weight", seed=1))
    c["louvain"] = lv
    c["louvain_modularity"] = modularity(lv, weight="weight")
    lv = sets(nx.community.louvain_communities(U, weight=None, seed=1))
    c["louvain_unweighted"] = lv
    c["louvain_modularity_unweighted"] = modularity(lv, weight=None)
    try:
        import scipy  # noqa: F401
        h2, a2 = nx.hits(H, tol=1e-12, max_iter=MAX_ITER)
        out["crosscheck"] = {"nx_hits_scipy_hubs": h2, "nx_hits_scipy_authorities": a2}
    except (ImportError, nx.PowerIterationFailedConvergence):
        pass
    out["networkx"] = nx.__version__
    out["graph"] = data["name"]
    return out


def main(paths):
    here = os.path.dirname(os.path.abspath(__file__))
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        ref = reference(data)
        dst = os.path.join(here, "networkx", data["name"] + ".json")
        with open(dst, "w") as f:
            json.dump(ref, f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", dst)


if __name__ == "__main__":
    main(sys.argv[1:])
