#!/usr/bin/env python3
"""Prints the table of bench/compare.sh from the phase lines of its runs.

    table.py SIZE DIR RUNS NOTE [markdown]

DIR holds TOOL.N.json (one JSON line per phase) and TOOL.N.time (the output
of /usr/bin/time -v) for TOOL ours, igraph and networkx. Seconds and peak
memory are medians over the runs that finished the phase. The last line is
"worst ours/igraph: R (PHASE at SIZE)", the largest ratio of ours to
igraph's over every phase's seconds and the load's peak memory. With
"markdown" it prints the rows of the README's table instead.
"""
import json
import os
import statistics
import sys

PHASES = ["load", "projection", "pagerank", "betweenness", "closeness", "harmonic",
          "weak", "strong", "louvain", "sssp"]
TOOLS = ["ours", "igraph", "networkx"]


def read(dir, tool, runs):
    secs, mem, skipped, process = {}, {}, {}, []
    for n in range(1, runs + 1):
        path = os.path.join(dir, "%s.%d.json" % (tool, n))
        if os.path.exists(path):
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if not line.startswith("{"):
                        continue
                    p = json.loads(line)
                    if "skipped" in p:
                        skipped[p["phase"]] = p["skipped"]
                        continue
                    secs.setdefault(p["phase"], []).append(p["seconds"])
                    mem.setdefault(p["phase"], []).append(p["peak_mb"])
        tpath = os.path.join(dir, "%s.%d.time" % (tool, n))
        if os.path.exists(tpath):
            with open(tpath) as f:
                for line in f:
                    if "Maximum resident set size" in line:
                        process.append(int(line.split(":")[1]) / 1024.0)
    med = lambda d: {k: statistics.median(v) for k, v in d.items()}
    return med(secs), med(mem), skipped, (statistics.median(process) if process else None)


def fmt_s(x):
    if x is None:
        return "-"
    return "%.3f" % x if x < 100 else "%.1f" % x


def fmt_mb(x):
    return "-" if x is None else "%.0f" % x


def ratio(a, b):
    return None if a is None or b is None or b <= 0 else a / b


def markdown(data, with_nx):
    for ph in PHASES:
        s = {t: data[t][0].get(ph) for t in TOOLS}
        m = {t: data[t][1].get(ph) for t in TOOLS}
        if s["ours"] is None and s["igraph"] is None:
            continue
        rt, rm = ratio(s["ours"], s["igraph"]), ratio(m["ours"], m["igraph"])
        cells = [ph, fmt_s(s["ours"]), fmt_s(s["igraph"])]
        if with_nx:
            cells.append(fmt_s(s["networkx"]) if s["networkx"] is not None else "-")
        cells += [fmt_mb(m["ours"]), fmt_mb(m["igraph"]), "-" if rt is None else "%.2f" % rt,
                  "-" if rm is None else "%.2f" % rm]
        print("| " + " | ".join(cells) + " |")


def main():
    size, dir, runs, note = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    data = {t: read(dir, t, 1 if t == "networkx" else runs) for t in TOOLS}
    if len(sys.argv) > 5 and sys.argv[5] == "markdown":
        markdown(data, bool(data["networkx"][0]))
        return
    print("size %s, medians of %d runs; %s" % (size, runs, note or "NetworkX: one run"))
    print("memory: peak resident MB of the process when the phase ended (the peak so far)")
    head = "%-12s %9s %9s %9s %8s %8s %8s %8s %8s" % (
        "phase", "ours s", "igraph s", "nx s", "ours MB", "ig MB", "nx MB", "time o/i", "mem o/i")
    print(head)
    print("-" * len(head))
    worst = (0.0, "")
    for ph in PHASES:
        s = {t: data[t][0].get(ph) for t in TOOLS}
        m = {t: data[t][1].get(ph) for t in TOOLS}
        rt, rm = ratio(s["ours"], s["igraph"]), ratio(m["ours"], m["igraph"])
        if s["ours"] is None and s["igraph"] is None and ph in data["ours"][2]:
            print("%-12s %9s" % (ph, "skipped"))
            continue
        nx = fmt_s(s["networkx"]) if s["networkx"] is not None else ("skip" if ph in data["networkx"][2] or note else "-")
        print("%-12s %9s %9s %9s %8s %8s %8s %8s %8s" % (
            ph, fmt_s(s["ours"]), fmt_s(s["igraph"]), nx, fmt_mb(m["ours"]), fmt_mb(m["igraph"]),
            fmt_mb(m["networkx"]), "-" if rt is None else "%.2f" % rt, "-" if rm is None else "%.2f" % rm))
        if rt is not None and rt > worst[0]:
            worst = (rt, ph)
        if ph == "load" and rm is not None and rm > worst[0]:
            worst = (rm, "load peak memory")
    pm = {t: data[t][3] for t in TOOLS}
    rp = ratio(pm["ours"], pm["igraph"])
    print("%-12s %9s %9s %9s %8s %8s %8s %8s %8s" % (
        "process", "", "", "", fmt_mb(pm["ours"]), fmt_mb(pm["igraph"]), fmt_mb(pm["networkx"]), "",
        "-" if rp is None else "%.2f" % rp))
    for t in TOOLS:
        for ph, why in sorted(data[t][2].items()):
            if why != "asked":
                print("note: %s skipped %s: %s" % (t, ph, why))
    if not worst[1]:
        print("worst ours/igraph: n/a (no phase finished by both at %s)" % size)
        return
    print("worst ours/igraph: %.2f (%s at %s)" % (worst[0], worst[1], size))


if __name__ == "__main__":
    main()
