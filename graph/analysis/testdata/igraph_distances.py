#!/usr/bin/env python3
"""Times python-igraph's single-source distances on the benchmark graphs of
package analysis and checks that they agree with analysis.Distances.

    DIPLOGRAPH_BENCH_DIR=/tmp/sssp go test ./graph/analysis -run TestBenchGraphs
    python3 graph/analysis/testdata/igraph_distances.py /tmp/sssp
    go test ./graph/analysis -run XXX -bench 'Distances/.*/(10k|50k)' -cpu 1

TestBenchGraphs writes, per size, SIZE.edges (the node count, then one
"u v weight" line per edge of the projection) and SIZE.hops,
SIZE.inverse-weight, SIZE.weight (one "node distance" line per actor reached
from node 0). For each size and cost rule this prints igraph's best and
median time of Graph.distances(0, weights=...) over 7 runs, and fails if a
distance differs by more than 1e-12 relative or the reached sets differ.
"""

import math
import statistics
import sys
import time

import igraph


def main(d):
    for size in ("10k-500k", "50k-5M"):
        with open(f"{d}/{size}.edges") as f:
            n = int(f.readline())
            edges, weight = [], []
            for line in f:
                u, v, w = line.split()
                edges.append((int(u), int(v)))
                weight.append(float(w))
        g = igraph.Graph(n=n, edges=edges, directed=True)
        g.es["weight"] = weight
        g.es["cost"] = [1 / w for w in weight]
        for rule, attr in (("hops", None), ("inverse-weight", "cost"), ("weight", "weight")):
            times = []
            for _ in range(7):
                t0 = time.perf_counter()
                dist = g.distances(source=0, weights=attr, mode="out")[0]
                times.append(time.perf_counter() - t0)
            ours = {}
            with open(f"{d}/{size}.{rule}") as f:
                for line in f:
                    v, c = line.split()
                    ours[int(v)] = float(c)
            reached = {v for v, c in enumerate(dist) if not math.isinf(c)}
            if reached != set(ours):
                sys.exit(f"{size} {rule}: igraph reaches {len(reached)}, diplograph {len(ours)}")
            bad = [v for v in reached if abs(dist[v] - ours[v]) > 1e-12 * max(1, abs(dist[v]))]
            if bad:
                sys.exit(f"{size} {rule}: {len(bad)} distances differ, e.g. node {bad[0]}: igraph {dist[bad[0]]}, diplograph {ours[bad[0]]}")
            print(f"{size:9s} {rule:15s} igraph best {min(times)*1e3:8.2f} ms  median {statistics.median(times)*1e3:8.2f} ms"
                  f"  reached {len(reached)}  agree")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
