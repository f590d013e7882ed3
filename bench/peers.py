#!/usr/bin/env python3
"""The peers' side of bench/compare.sh: times python-igraph or NetworkX on a
scenario JSON file written by `diplobench gen`, phase by phase, in one
process, the way bench/cmd/diplobench times the library.

    peers.py igraph|networkx FILE ANSWERS [--skip p1,p2] [--limit SECONDS]

Prints one JSON line per phase as it ends: the seconds and the peak resident memory
of the process when the phase ended (getrusage ru_maxrss, the peak so far).
The answers, per actor, go to ANSWERS for check.py. With --limit, a phase
that starts after the process has run that long is skipped and says so.

The graph each tool measures is the library's projection rule, computed here
from the file: every relation adds its count (1 unless the file says more)
to the edge from -> to, and a relation of a symmetric kind also to to ->
from; the edges are merged into a simple weighted directed graph.
"""
import json
import resource
import sys
import time

BUILTIN_SYMMETRIC = {
    "agreed-to-meet", "consulted", "met", "negotiated", "agreed", "cooperated", "allied-with",
}


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main():
    tool, path, answers_path = sys.argv[1], sys.argv[2], sys.argv[3]
    skip, limit = set(), None
    args = sys.argv[4:]
    while args:
        if args[0] == "--skip":
            skip = set(a for a in args[1].split(",") if a)
            args = args[2:]
        elif args[0] == "--limit":
            limit = float(args[1])
            args = args[2:]
        else:
            sys.exit("peers.py: unknown argument %r" % args[0])
    started = time.perf_counter()
    answers = {}
    state = {}

    def emit(line):
        """Prints a phase's line at once and saves the answers so far, so a
        run stopped by a time limit keeps what it finished."""
        if tool == "igraph" and line.get("phase") == "closeness" and "seconds" in line:
            closeness_answer(m, answers)
        with open(answers_path, "w") as f:
            json.dump(answers, f)
        line["tool"] = tool
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()

    def timed(name, f):
        if name in skip:
            emit({"phase": name, "skipped": "asked"})
            return
        if limit is not None and time.perf_counter() - started > limit:
            emit({"phase": name, "skipped": "past the %.0f s limit" % limit})
            return
        t = time.perf_counter()
        a = f()
        line = {"phase": name, "seconds": time.perf_counter() - t, "peak_mb": peak_mb()}
        if a is not None:
            answers[name] = a
        emit(line)

    if tool == "igraph":
        import igraph as ig
        m = IGraph(ig, state)
    elif tool == "networkx":
        import networkx as nx
        m = NetworkX(nx, state)
    else:
        sys.exit("peers.py: unknown tool %r (want igraph or networkx)" % tool)

    timed("load", lambda: m.load(path))
    timed("projection", m.projection)
    for name in ("pagerank", "betweenness", "closeness", "harmonic", "weak", "strong", "louvain", "sssp"):
        if "g" not in state:
            emit({"phase": name, "skipped": "no projection"})
            continue
        timed(name, getattr(m, name))


def read(path):
    with open(path, "rb") as f:
        doc = json.load(f)
    symmetric = set(BUILTIN_SYMMETRIC)
    for k in doc.get("kinds") or []:
        if k.get("symmetric"):
            symmetric.add(k["name"])
    ids = sorted(a["id"] for a in doc["actors"])
    return doc, ids, symmetric


def arcs_of(doc, index, symmetric):
    """Weighted arcs of the projection (count per relation, both ways for
    symmetric kinds), merged per ordered pair."""
    w = {}
    for r in doc["relations"]:
        u, v, c = index[r["from"]], index[r["to"]], r.get("count", 1) or 1
        w[(u, v)] = w.get((u, v), 0) + c
        if r["kind"] in symmetric:
            w[(v, u)] = w.get((v, u), 0) + c
    return w


def components(groups, ids):
    out = {}
    for g in groups:
        label = min(ids[i] for i in g)
        for i in g:
            out[ids[i]] = label
    return out


def source_of(out_degree, ids):
    best, deg = 0, -1
    for i, d in enumerate(out_degree):
        if d > deg:
            best, deg = i, d
    return best


class IGraph:
    def __init__(self, ig, state):
        self.ig, self.s = ig, state

    def load(self, path):
        ig = self.ig
        doc, ids, symmetric = read(path)
        index = {a: i for i, a in enumerate(ids)}
        rels = doc["relations"]
        edges = [(index[r["from"]], index[r["to"]]) for r in rels]
        g = ig.Graph(n=len(ids), edges=edges, directed=True)
        g.vs["name"] = ids
        g.es["kind"] = [r["kind"] for r in rels]
        g.es["since"] = [r.get("date") or r.get("since") for r in rels]
        g.es["until"] = [r.get("until") for r in rels]
        g.es["weight"] = [r.get("weight", 1) for r in rels]
        g.es["count"] = [r.get("count", 1) for r in rels]
        g.es["source"] = [r.get("source") for r in rels]
        g.es["quote"] = [r.get("quote") for r in rels]
        g.es["reported_by"] = [r.get("reported_by") for r in rels]
        self.s.update(ids=ids, symmetric=symmetric, multi=g)
        return {"actors": g.vcount(), "relations": g.ecount()}

    def projection(self):
        ig, s = self.ig, self.s
        multi, symmetric = s["multi"], s["symmetric"]
        kinds, counts = multi.es["kind"], multi.es["count"]
        edges, weights = [], []
        for e, (u, v) in enumerate(multi.get_edgelist()):
            c = counts[e] or 1
            edges.append((u, v))
            weights.append(c)
            if kinds[e] in symmetric:
                edges.append((v, u))
                weights.append(c)
        g = ig.Graph(n=multi.vcount(), edges=edges, directed=True, edge_attrs={"weight": weights})
        g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
        s["g"] = g
        return {"edges": g.ecount(), "total_weight": float(sum(g.es["weight"]))}

    def scores(self, xs):
        return {self.s["ids"][i]: float(x) for i, x in enumerate(xs)}

    def pagerank(self):
        g = self.s["g"]
        return self.scores(g.pagerank(directed=True, damping=0.85, weights="weight"))

    def betweenness(self):
        g = self.s["g"]
        n = g.vcount()
        b = g.betweenness(directed=True)
        scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return self.scores([x * scale for x in b])

    def closeness(self):
        g = self.s["g"]
        c = g.closeness(mode="in", normalized=True)
        self.s["closeness_raw"] = c
        return None  # answered after the timing: see closeness_answer

    def harmonic(self):
        g = self.s["g"]
        return self.scores(g.harmonic_centrality(mode="in", normalized=False))

    def weak(self):
        g, ids = self.s["g"], self.s["ids"]
        return components(g.connected_components(mode="weak"), ids)

    def strong(self):
        g, ids = self.s["g"], self.s["ids"]
        return components(g.connected_components(mode="strong"), ids)

    def louvain(self):
        g = self.s["g"]
        u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
        c = u.community_multilevel(weights="weight")
        return {"modularity": u.modularity(c.membership, weights="weight"), "groups": len(c)}

    def sssp(self):
        g, ids = self.s["g"], self.s["ids"]
        src = source_of(g.outdegree(), ids)
        d = g.distances(source=[src], weights="weight", mode="out")[0]
        return {"source": ids[src], "dist": {ids[i]: x for i, x in enumerate(d) if x != float("inf")}}


def closeness_answer(m, answers):
    """Wasserman-Faust closeness from igraph's closeness over reachable
    actors: scaled by (r-1)/(n-1), r the actors that reach each one (itself
    included). Computed after the timing, so the phase times igraph alone."""
    s = m.s
    if "closeness_raw" not in s:
        return
    g = s["g"]
    n = g.vcount()
    reach = g.neighborhood_size(order=n, mode="in")
    out = {}
    for i, c in enumerate(s["closeness_raw"]):
        r = reach[i]
        out[s["ids"][i]] = 0.0 if c != c or r <= 1 else c * (r - 1) / (n - 1)
    answers["closeness"] = out


class NetworkX:
    def __init__(self, nx, state):
        self.nx, self.s = nx, state

    def load(self, path):
        nx = self.nx
        doc, ids, symmetric = read(path)
        g = nx.MultiDiGraph()
        g.add_nodes_from(ids)
        for r in doc["relations"]:
            g.add_edge(r["from"], r["to"], kind=r["kind"], since=r.get("date") or r.get("since"),
                       until=r.get("until"), weight=r.get("weight", 1), count=r.get("count", 1),
                       source=r.get("source"), quote=r.get("quote"), reported_by=r.get("reported_by"))
        self.s.update(ids=ids, symmetric=symmetric, multi=g)
        return {"actors": g.number_of_nodes(), "relations": g.number_of_edges()}

    def projection(self):
        nx, s = self.nx, self.s
        g = nx.DiGraph()
        g.add_nodes_from(s["ids"])
        for u, v, d in s["multi"].edges(data=True):
            c = d.get("count") or 1
            pairs = [(u, v), (v, u)] if d["kind"] in s["symmetric"] else [(u, v)]
            for a, b in pairs:
                if g.has_edge(a, b):
                    g[a][b]["weight"] += c
                else:
                    g.add_edge(a, b, weight=c)
        s["g"] = g
        return {"edges": g.number_of_edges(), "total_weight": float(sum(w for _, _, w in g.edges(data="weight")))}

    def pagerank(self):
        nx = self.nx
        try:
            import scipy  # noqa: F401  networkx.pagerank needs numpy and scipy
            return dict(nx.pagerank(self.s["g"], alpha=0.85, weight="weight"))
        except ImportError:  # the same iteration in pure Python
            from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
            return dict(_pagerank_python(self.s["g"], alpha=0.85, weight="weight", tol=1e-10, max_iter=1000))

    def betweenness(self):
        return dict(self.nx.betweenness_centrality(self.s["g"], normalized=True))

    def closeness(self):
        return dict(self.nx.closeness_centrality(self.s["g"]))

    def harmonic(self):
        return {k: float(v) for k, v in self.nx.harmonic_centrality(self.s["g"]).items()}

    def weak(self):
        ids = self.s["ids"]
        index = {a: i for i, a in enumerate(ids)}
        return components([[index[a] for a in c] for c in self.nx.weakly_connected_components(self.s["g"])], ids)

    def strong(self):
        ids = self.s["ids"]
        index = {a: i for i, a in enumerate(ids)}
        return components([[index[a] for a in c] for c in self.nx.strongly_connected_components(self.s["g"])], ids)

    def louvain(self):
        nx, g = self.nx, self.s["g"]
        u = nx.Graph()
        u.add_nodes_from(g)
        for a, b, w in g.edges(data="weight"):
            if u.has_edge(a, b):
                u[a][b]["weight"] += w
            else:
                u.add_edge(a, b, weight=w)
        c = nx.community.louvain_communities(u, weight="weight", seed=1)
        return {"modularity": nx.community.modularity(u, c, weight="weight"), "groups": len(c)}

    def sssp(self):
        g, ids = self.s["g"], self.s["ids"]
        src = source_of([g.out_degree(a) for a in ids], ids)
        d = self.nx.single_source_dijkstra_path_length(g, ids[src], weight="weight")
        return {"source": ids[src], "dist": {k: float(v) for k, v in d.items()}}


if __name__ == "__main__":
    main()
