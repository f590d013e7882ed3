#!/usr/bin/env python3
"""Checks that the answers of bench/compare.sh agree, phase by phase and
actor by actor: ours (diplobench) against each peer's (peers.py).

    check.py OURS.json PEER.json [PEER2.json ...]

Tolerances: load and projection exact (actors, relations, edges, total
weight); PageRank |a-b| <= 1e-6 + 1e-4|b| per actor (both iterate to a
tolerance); betweenness, closeness, harmonic and shortest-path distances
|a-b| <= 1e-9 (1 + |b|) per actor (exact algorithms, float sums in another
order); weak and strong components: the same partition (each actor labelled
with the smallest ID of its component); Louvain: the partitions differ by
design, so the modularity of ours must be at least the peer's less 0.02.
Prints one line per phase and peer, and exits 1 if any disagrees.
"""
import json
import sys


def close(a, b, abs_tol, rel):
    return abs(a - b) <= abs_tol + rel * abs(b)


def per_actor(ours, peer, abs_tol, rel):
    if set(ours) != set(peer):
        return "actors differ: %d vs %d" % (len(ours), len(peer))
    worst, who = 0.0, None
    for k, b in peer.items():
        a = ours[k]
        if not close(a, b, abs_tol, rel):
            d = abs(a - b)
            if d > worst:
                worst, who = d, k
    if who is not None:
        return "%s: %r vs %r" % (who, ours[who], peer[who])
    return None


def check(phase, ours, peer):
    if phase in ("load", "projection"):
        return None if ours == peer else "%r vs %r" % (ours, peer)
    if phase == "pagerank":
        return per_actor(ours, peer, 1e-6, 1e-4)
    if phase in ("betweenness", "closeness", "harmonic"):
        return per_actor(ours, peer, 1e-9, 1e-9)
    if phase in ("weak", "strong"):
        if ours == peer:
            return None
        bad = [k for k in peer if ours.get(k) != peer[k]]
        return "%d actors in other components, e.g. %s" % (len(bad), bad[:3])
    if phase == "louvain":
        if ours["modularity"] >= peer["modularity"] - 0.02:
            return None
        return "modularity %.4f vs %.4f" % (ours["modularity"], peer["modularity"])
    if phase == "sssp":
        if ours["source"] != peer["source"]:
            return "source %s vs %s" % (ours["source"], peer["source"])
        return per_actor(ours["dist"], peer["dist"], 1e-9, 1e-9)
    return "unknown phase"


def main():
    with open(sys.argv[1]) as f:
        ours = json.load(f)
    failed = False
    for path in sys.argv[2:]:
        with open(path) as f:
            peer = json.load(f)
        name = path.rsplit("/", 1)[-1]
        for phase, answer in peer.items():
            if phase not in ours:
                print("check %-12s %-20s not computed by ours" % (phase, name))
                failed = True
                continue
            bad = check(phase, ours[phase], answer)
            if bad:
                failed = True
                print("check %-12s %-20s DISAGREE %s" % (phase, name, bad))
            else:
                print("check %-12s %-20s agree" % (phase, name))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
