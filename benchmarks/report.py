"""Ratios against direct and the bare pass-through, the markdown tables, and the plots."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.stages import LENGTHS, STAGES

NA = "-"


def ratio(x: float | None, ref: float | None) -> float | None:
    if x is None or ref is None or not math.isfinite(x) or not math.isfinite(ref) or ref == 0:
        return None
    return x / ref


def _ref(rows: list[dict[str, Any]], target: str, row: dict[str, Any]) -> dict[str, Any] | None:
    for r in rows:
        same = r["concurrency"] == row["concurrency"] and r["stream"] == row["stream"]
        if same and r["target"] == target and "rps" in r:
            return r
    return None


def add_ratios(rows: list[dict[str, Any]]) -> None:
    """Each measured row gets rps, p50, p99 and ttfb against direct and passthrough, same c and mode."""
    for row in rows:
        if "rps" not in row:
            continue
        out: dict[str, Any] = {}
        for target in ("direct", "passthrough"):
            ref = _ref(rows, target, row)
            if ref is None:
                continue
            out[target] = {
                "rps": ratio(row["rps"], ref["rps"]),
                "p50": ratio(row["latency_ms"]["p50"], ref["latency_ms"]["p50"]),
                "p99": ratio(row["latency_ms"]["p99"], ref["latency_ms"]["p99"]),
                "ttfb_p50": ratio(row["ttfb_ms"]["p50"], ref["ttfb_ms"]["p50"]),
                "added_p50_ms": row["latency_ms"]["p50"] - ref["latency_ms"]["p50"],
            }
        row["vs"] = out


def add_paired_ratios(paired: dict[str, Any], ref: str = "passthrough") -> None:
    """Each round gets every target's req/s over the reference's from that round; the summary has,
    per target, the median, min and max of those ratios, or why there are none."""
    rounds = paired["rounds"]
    for rnd in rounds:
        base = rnd["legs"][ref].get("rps")
        rnd["rps_ratio"] = {t: ratio(leg.get("rps"), base) for t, leg in rnd["legs"].items() if t != ref}
    summary: dict[str, Any] = {}
    for t in paired["targets"]:
        if t == ref:
            continue
        if t in paired["unavailable"]:
            summary[t] = {"unavailable": paired["unavailable"][t]}
            continue
        got = [r["rps_ratio"][t] for r in rounds if r["rps_ratio"][t] is not None]
        if not got:
            errors = [
                str(r["legs"][k]["unavailable"])
                for r in rounds
                for k in (ref, t)
                if "unavailable" in r["legs"][k]
            ]
            summary[t] = {"unavailable": "no round timed both: " + (errors[0] if errors else "0 req/s")}
            continue
        summary[t] = {
            "median": statistics.median(got), "min": min(got), "max": max(got),
            "rounds": len(got), "of": len(rounds),
        }  # fmt: skip
    paired["rps_ratio"] = summary


def reference_latency(rows: list[dict[str, Any]]) -> dict[str, float]:
    """p50 of a non-streamed request at the lowest concurrency, direct and via the pass-through."""
    out: dict[str, float] = {}
    refs = [r for r in rows if not r["stream"] and "rps" in r and r["target"] in ("direct", "passthrough")]
    for r in sorted(refs, key=lambda r: -int(r["concurrency"])):
        out[r["target"]] = r["latency_ms"]["p50"]
    return out


def _f(x: float | None, digits: int = 2) -> str:
    return NA if x is None or not math.isfinite(x) else f"{x:.{digits}f}"


def _table(head: list[str], body: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(r) + " |" for r in body]


def _pair(q: dict[str, float] | None) -> str:
    return f"{_f(q['p50'])} / {_f(q['p99'])}" if q else NA


def http_table(rows: list[dict[str, Any]]) -> list[str]:
    head = ["scenario", "c", "req/s", "p50 ms", "p99 ms", "TTFB p50 ms", "req/s ÷ direct", "req/s ÷ pass"]
    head += ["p50 +ms vs direct", "p50 ÷ pass", "statuses"]
    body = []
    reasons: dict[str, str] = {}
    for r in rows:
        if "rps" not in r:
            reasons.setdefault(r["target"], str(r.get("unavailable", "")))
            body.append([r["scenario"], str(r["concurrency"]), "unavailable (below)"] + [""] * 8)
            continue
        d, p = r.get("vs", {}).get("direct", {}), r.get("vs", {}).get("passthrough", {})
        lat = r["latency_ms"]
        statuses = " ".join(f"{k}:{v}" for k, v in sorted(r["statuses"].items()))
        body.append([
            r["scenario"], str(r["concurrency"]), _f(r["rps"], 0), _f(lat["p50"]), _f(lat["p99"]),
            _f(r["ttfb_ms"]["p50"]), _f(d.get("rps")), _f(p.get("rps")), _f(d.get("added_p50_ms")),
            _f(p.get("p50")), statuses,
        ])  # fmt: skip
    return _table(head, body) + [f"\n{t} unavailable: {why}" for t, why in reasons.items()]


def paired_section(paired: dict[str, Any], ref: str = "passthrough") -> list[str]:
    rounds, summary, c = paired["rounds"], paired["rps_ratio"], paired["concurrency"]
    n = len(rounds)
    what = f"median of {n} interleaved round{'s' if n != 1 else ''}, the same run"
    lines = []
    for t, s in summary.items():
        if "median" in s:
            lines.append(
                f"- {t} ÷ {ref}, req/s at c={c}: **{_f(s['median'])}** ({what}; "
                f"min {_f(s['min'])}, max {_f(s['max'])}, {s['rounds']} of {s['of']} rounds measured)"
            )
        else:
            lines.append(f"- {t} ÷ {ref}, req/s at c={c}: unavailable: {str(s['unavailable'])[:200]}")
    targets = [ref, *(t for t in summary if "median" in summary[t])]
    if rounds:
        head = [
            "round",
            "order",
            *(f"{t} req/s / p50 ms" for t in targets),
            *(f"{t} ÷ {ref}" for t in targets[1:]),
        ]
        body = []
        for i, r in enumerate(rounds, 1):
            legs = r["legs"]
            cells = [
                f"{_f(legs[t]['rps'], 0)} / {_f(legs[t]['latency_ms']['p50'])}"
                if "rps" in legs[t]
                else "failed: " + str(legs[t].get("unavailable"))[:60]
                for t in targets
            ]
            ratios = [_f(r["rps_ratio"].get(t)) for t in targets[1:]]
            body.append([str(i), " → ".join(r["order"]), *cells, *ratios])
        lines += ["", *_table(head, body)]
    return [
        *lines,
        "",
        f"Each round times {ref} and the guardproxy targets back to back, {paired['duration_s']:g} s or "
        f"{paired['max_requests']} requests each, whichever ends first, on the benign bodies of the "
        "Requests table (guardproxy's verdict cache warm from its scenario there), the order reversed "
        "every other round. Each ratio is taken within one round, so a change in the shared host's "
        "speed between rounds cancels out; the Requests table times each target once, minutes apart, "
        "and its ratios move with that drift.",
    ]


def stage_table(stages: dict[str, Any], ref: dict[str, float]) -> list[str]:
    lengths = stages.get("lengths", {})
    note = []
    if "error" in lengths:
        note = [
            f"Cascade with models failed: `{lengths['error']}`; cheap stages below ran without models.",
            "",
        ]
        lengths = stages.get("lengths_without_models", {})
    head = [
        "tokens",
        *(f"{s} p50/p99 ms" for s in STAGES),
        "total p50/p99 ms",
        "total ÷ direct",
        "total ÷ pass",
    ]
    body = []
    for n in LENGTHS:
        cell = lengths.get(str(n))
        if not cell:
            continue
        ms = cell["stages_ms"]
        parts = [f"{_f(ms[s]['p50'])} / {_f(ms[s]['p99'])}" if s in ms else NA for s in (*STAGES, "total")]
        tot = ms["total"]["p50"]
        tokens = stages.get("tokens", {}).get(str(n), n)
        body.append(
            [str(tokens), *parts, _f(ratio(tot, ref.get("direct"))), _f(ratio(tot, ref.get("passthrough")))]
        )
    return note + _table(head, body)


def _cascade_totals(stages: dict[str, Any]) -> dict[str, float]:
    lengths = stages.get("lengths", {})
    if "error" in lengths:
        lengths = stages.get("lengths_without_models", {})
    return {n: cell["stages_ms"]["total"]["p50"] for n, cell in lengths.items()}


def model_table(stages: dict[str, Any], nanoguard: dict[str, Any]) -> list[str]:
    ms = stages.get("model_stages") or {}
    notes = []
    if not ms:
        notes.append(f"Model stages unavailable: {stages.get('models', {}).get('reason', 'no models')}")
        notes.append(
            "The cascade column is then normalise, rules and PII only: the ratio flatters guardproxy."
        )
    elif "error" in ms:
        notes.append(f"Model stages failed: `{ms['error']}`")
    head = ["tokens", "L0 p50/p99 ms", "L1 INT8 p50/p99 ms", "L1 FP32 p50/p99 ms", "INT8 ÷ FP32 (p50)"]
    head += ["guardproxy cascade p50 ms", "nanoguard p50/p99 ms", "nanoguard ÷ cascade (p50)"]
    int8, fp32 = ms.get("int8", {}), ms.get("fp32", {})
    ng, totals = nanoguard.get("ms", {}), _cascade_totals(stages)
    body = []
    for n in LENGTHS:
        a = int8.get("ms", {}).get(str(n), {})
        b = fp32.get("ms", {}).get(str(n), {})
        g, tot = ng.get(str(n)), totals.get(str(n))
        body.append([
            str(stages.get("tokens", {}).get(str(n), n)), _pair(a.get("L0")), _pair(a.get("L1")), _pair(b.get("L1")),
            _f(ratio(a["L1"]["p50"], b["L1"]["p50"])) if a and b else NA,
            _f(tot), _pair(g), _f(ratio(g["p50"], tot)) if g else NA,
        ])  # fmt: skip
    lines = [*notes, "", *_table(head, body)] if notes else _table(head, body)
    for label, m in (("INT8", int8), ("FP32", fp32)):
        if not m:
            continue
        if not m.get("available"):
            lines.append(f"\nL1 {label} unavailable: {m.get('reason', '')}")
        else:
            lines.append(f"\nL1 {label}: {m['file']}, {m['size_mb']:.1f} MB")
    if "unavailable" in nanoguard:
        lines.append(f"\nmetatronnanoguard unavailable: {nanoguard['unavailable']}")
    elif nanoguard:
        info = nanoguard.get("info", {})
        lines.append(
            f"\nmetatronnanoguard: torch {info.get('torch')}, {info.get('threads')} threads, "
            f"load {_f(nanoguard.get('load_s'))} s, RSS {_f(nanoguard.get('rss_mb'), 0)} MB; "
            "it pads or truncates every prompt to 512 tokens, so its time barely moves with length"
        )
    return lines


def exit_table(stages: dict[str, Any]) -> list[str]:
    ex = stages.get("exit_shares", {})
    if "error" in ex:
        return [f"Exit shares failed: `{ex['error']}`"]
    names = sorted({k for v in ex.values() for k in v["stage_share"]})
    body = [
        [
            t,
            str(v["n"]),
            *(f"{100 * v['stage_share'].get(k, 0):.1f}%" for k in names),
            f"{100 * v['attack_share']:.1f}%",
        ]
        for t, v in ex.items()
    ]
    return _table(["traffic", "n", *(f"exit at {k}" for k in names), "judged attack"], body)


def resources_table(res: dict[str, Any]) -> list[str]:
    mem, cold = res.get("rss_mb", {}), res.get("cold_start", {})
    ref_rss = {t: mem.get(t, {}).get("rss_mb") for t in ("direct", "passthrough")}
    pass_start = cold.get("passthrough", {}).get("median_s")
    body = []
    for name in ("direct", "passthrough", "guardproxy-off", "guardproxy", "litellm"):
        if name not in mem:
            body.append([name, NA, NA, NA, NA, NA, NA, "unavailable (see Requests)"])
            continue
        rss = mem[name]["rss_mb"]
        c = cold.get(name, {})
        note = c.get("unavailable", "")[:120] or (
            "" if c or name in ("direct",) else "cold start not measured"
        )
        body.append([
            name, _f(rss, 0), _f(ratio(rss, ref_rss["direct"])), _f(ratio(rss, ref_rss["passthrough"])),
            _f(c.get("min_s")), _f(c.get("median_s")), _f(ratio(c.get("median_s"), pass_start)), note,
        ])  # fmt: skip
    head = ["process", "RSS MB after its traffic", "÷ direct", "÷ pass", "cold start min s", "median s"]
    why = "Cold start: spawn to the first 200 from /readyz (guardproxy) or /v1/models, one at a time."
    return [*_table([*head, "median ÷ pass", "note"], body), "", why]


def markdown(result: dict[str, Any]) -> str:
    meta = result["meta"]
    ref = reference_latency(result["http"])
    out = [
        "# guardproxy benchmark",
        "",
        f"{meta['started']} · git {meta['git']} · {meta['cpus']} CPUs · load average {meta['load_start']} → {meta['load_end']}"
        f" · mode {meta['mode']} · {meta['seconds']:.0f} s",
        "",
        "Loopback; demo upstream, proxies and load generator are separate processes on the same cores, "
        "so absolute numbers are lower bounds; compare ratios from the same run.",
        "",
        "## Requests",
        "",
        *http_table(result["http"]),
        "",
        "Streams use prompts of at most 24 words: the demo upstream sends one word per 20 ms.",
        "",
        "Each scenario cycles through 500 prompts. guardproxy and guardproxy-2w (two worker processes "
        "on one port) get every prompt before timing, so their verdict caches are warm, as for "
        "conversations that resend their history; guardproxy-nocache runs with the verdict cache "
        "off, so every request is screened from scratch; guardproxy-nocache-fast is the same with the "
        "opt-in fast L0 gate (screening.l0_gate: fast).",
        "",
        "## Screening's cost against the pass-through, paired rounds",
        "",
        *paired_section(result["paired"]),
        "",
        "## Detection stages (in-process, cache off, L0 gate forced open so every stage runs)",
        "",
        *stage_table(result["stages"], ref),
        "",
        "## Model stages alone, INT8 against FP32, and the detector peer",
        "",
        *model_table(result["stages"], result.get("nanoguard", {})),
        "",
        "## Where traffic exits (shipped thresholds)",
        "",
        *exit_table(result["stages"]),
        "",
        "## Memory and start-up (one worker each)",
        "",
        *resources_table(result["resources"]),
        "",
    ]
    return "\n".join(out)


def plots(result: dict[str, Any], folder: Path) -> list[str]:
    """PNG plots; returns the files written, or says why none were."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    written: list[str] = []
    rows = [r for r in result["http"] if "rps" in r and not r["stream"]]
    scenarios = list(dict.fromkeys(r["scenario"] for r in rows))
    concs = sorted({r["concurrency"] for r in rows})
    for metric, label, fname in (
        ("rps", "requests/s", "rps.png"),
        ("p50", "p50 latency (ms)", "latency.png"),
    ):
        fig, ax = plt.subplots(figsize=(9, 4.5))
        width = 0.8 / max(1, len(scenarios))
        for i, sc in enumerate(scenarios):
            vals = []
            for c in concs:
                r = next((x for x in rows if x["scenario"] == sc and x["concurrency"] == c), None)
                vals.append(0.0 if r is None else (r["rps"] if metric == "rps" else r["latency_ms"]["p50"]))
            ax.bar([j + i * width for j in range(len(concs))], vals, width, label=sc)
        ax.set_xticks([j + 0.4 - width / 2 for j in range(len(concs))], [f"c={c}" for c in concs])
        ax.set_ylabel(label)
        ax.legend(fontsize=7)
        fig.tight_layout()
        fig.savefig(folder / fname, dpi=100)
        plt.close(fig)
        written.append(fname)
    lengths = result["stages"].get("lengths", {})
    if "error" in lengths:
        lengths = result["stages"].get("lengths_without_models", {})
    if lengths:
        fig, ax = plt.subplots(figsize=(7, 4.5))
        xs = [n for n in LENGTHS if str(n) in lengths]
        for s in (*STAGES, "total"):
            ys = [lengths[str(n)]["stages_ms"].get(s, {}).get("p50") for n in xs]
            if any(y is not None for y in ys):
                ax.plot(xs, [y if y is not None else float("nan") for y in ys], marker="o", label=s)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("prompt tokens")
        ax.set_ylabel("p50 ms")
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(folder / "stages.png", dpi=100)
        plt.close(fig)
        written.append("stages.png")
    return written
