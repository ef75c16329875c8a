"""The fuzz command: every target with hypothesis, N generated inputs in all, 0 crashes or exit 1.

    python -m fuzz.run --n 100000                 # all targets, the inputs split evenly
    python -m fuzz.run --n 20000 --target wire    # one target
    python -m fuzz.run --engine atheris --target normalise --n 50000   # coverage-guided, if installed

A crash is any exception a target does not allow, or a failed property; hypothesis shrinks
it and the minimal input is printed. With atheris the same strategies decode atheris' bytes
(hypothesis' ``fuzz_one_input``), so both engines test the same properties.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis.reporting import with_reporter

# Kept here rather than read from fuzz.targets so that atheris can instrument guardproxy as
# it is first imported (tests check the two lists agree).
TARGET_NAMES = ("wire", "json", "normalise", "detect", "redact", "sse")


@dataclass
class Result:
    target: str
    inputs: int
    crashes: int
    seconds: float
    detail: str = ""


def _counted(
    check: Callable[[Any], None], allowed: tuple[type[BaseException], ...], counter: list[int]
) -> Any:
    def run(value: Any) -> None:
        counter[0] += 1
        with contextlib.suppress(*allowed):
            check(value)

    return run


def _test_for(name: str, n: int, seed: int | None, counter: list[int]) -> Any:
    from fuzz.targets import TARGETS

    target = TARGETS[name]
    conf = settings(
        max_examples=n,
        deadline=None,
        database=None,
        derandomize=seed is not None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.normal,  # the shrunk input reaches the reporter (captured) or the notes
    )
    return conf(given(target.strategy)(_counted(target.check, target.allowed, counter)))


def run_hypothesis(name: str, n: int, seed: int | None = None) -> Result:
    counter = [0]
    test = _test_for(name, n, seed, counter)
    report: list[object] = []
    started = time.perf_counter()
    try:
        with with_reporter(report.append):
            test()
    except Exception as e:  # a crash, shrunk: keep going with the other targets
        # hypothesis puts the shrunk input in the exception's notes ("Falsifying example: ...")
        lines = [*map(str, report), *getattr(e, "__notes__", ())]
        detail = " | ".join(line for line in lines if line.strip())[:2000]
        return Result(name, counter[0], 1, time.perf_counter() - started, f"{type(e).__name__}: {e} {detail}")
    return Result(name, counter[0], 0, time.perf_counter() - started)


def run_atheris(name: str, n: int) -> int:
    """Never returns normally: atheris exits the process when the run ends or on a crash."""
    import atheris  # type: ignore[import-untyped]  # optional, no stubs

    with atheris.instrument_imports(include=["guardproxy"]):
        import fuzz.targets  # noqa: F401  # first import of guardproxy, instrumented for coverage
    counter = [0]
    test = _test_for(name, n, None, counter)
    atheris.Setup([sys.argv[0], f"-runs={n}", "-print_final_stats=1"], test.hypothesis.fuzz_one_input)
    atheris.Fuzz()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m fuzz.run", description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=100_000, help="generated inputs in all (default 100000)")
    p.add_argument("--target", choices=TARGET_NAMES, action="append", help="repeatable; default all")
    p.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    p.add_argument("--seed", type=int, help="derandomise (hypothesis): the same inputs every run")
    args = p.parse_args(argv)
    names = args.target or list(TARGET_NAMES)
    if args.engine == "atheris":
        if len(names) != 1:
            p.error("--engine atheris runs one --target at a time")
        return run_atheris(names[0], args.n)
    per = max(1, -(-args.n // len(names)))  # rounded up: at least --n inputs in all
    results = []
    for name in names:
        r = run_hypothesis(name, per, args.seed)
        results.append(r)
        print(f"{r.target:<10} inputs={r.inputs:>7} crashes={r.crashes} seconds={r.seconds:7.1f}", flush=True)
        if r.detail:
            print(f"  {r.detail}", flush=True)
    total = sum(r.inputs for r in results)
    crashes = sum(r.crashes for r in results)
    print(f"total      inputs={total:>7} crashes={crashes} seconds={sum(r.seconds for r in results):7.1f}")
    return 1 if crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
