"""Read diplograph's exports with NetworkX and print what it sees, as JSON.

Usage: python3 check_networkx.py DIR
DIR holds graph.json (node-link), graph.graphml and graph.gexf, all of the
same graph, and, if present, simple.json, simple.graphml and simple.gexf,
one simple graph written by the encoders in simple mode, which are read as
they come (a DiGraph is expected). The Go test interop_test.go writes them
and checks the output.
"""
import os
import json
import sys

import networkx as nx


def summary(g):
    edges = {}
    triples = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, k, d in triples:
        edges[str(d.get("id", k))] = {"_source": u, "_target": v, "_key": str(k), **{a: d[a] for a in sorted(d) if a != "spells"}}
        if "spells" in d:
            edges[str(d.get("id", k))]["spells"] = [[s, e] for s, e in d["spells"]]
    return {
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "graph": {k: g.graph[k] for k in sorted(g.graph)},
        "node_attrs": {str(n): {a: d[a] for a in sorted(d)} for n, d in g.nodes(data=True)},
        "edge_attrs": edges,
    }


def main():
    d = sys.argv[1]
    out = {"networkx": nx.__version__}
    with open(f"{d}/graph.json", encoding="utf-8") as f:
        out["nodelink"] = summary(nx.node_link_graph(json.load(f), edges="edges"))
    out["graphml"] = summary(nx.read_graphml(f"{d}/graph.graphml", force_multigraph=True))
    gexf = nx.read_gexf(f"{d}/graph.gexf")
    out["gexf"] = summary(gexf if gexf.is_multigraph() else nx.MultiDiGraph(gexf))
    if os.path.exists(f"{d}/simple.json"):
        with open(f"{d}/simple.json", encoding="utf-8") as f:
            out["simple_nodelink"] = summary(nx.node_link_graph(json.load(f), edges="edges"))
        out["simple_graphml"] = summary(nx.read_graphml(f"{d}/simple.graphml"))
        out["simple_gexf"] = summary(nx.read_gexf(f"{d}/simple.gexf"))
    json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, default=str)


main()
