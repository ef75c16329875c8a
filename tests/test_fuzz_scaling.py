"""A seconds-long smoke of the growth check (python -m fuzz.scaling is the full run)."""

from __future__ import annotations

import pytest

from fuzz import scaling


def test_repeat_builds_a_text_of_the_asked_length() -> None:
    assert scaling.repeat("abc ", 10) == "abc abc ab"


def test_measure_times_every_unit_at_both_sizes() -> None:
    results = scaling.measure(size=400, factor=2, repeat_n=1)
    assert set(results) == set(scaling.UNITS)
    assert all(small > 0 and large > 0 for small, large in results.values())


def test_a_unit_growing_faster_than_the_limit_fails_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    linear = {name: (0.01, 0.04) for name in scaling.UNITS}
    monkeypatch.setattr(scaling, "measure", lambda size, factor, repeat_n: linear)
    assert scaling.main(["--size", "10"]) == 0
    monkeypatch.setattr(scaling, "measure", lambda size, factor, repeat_n: linear | {"emails": (0.01, 0.16)})
    assert scaling.main(["--size", "10"]) == 1
    out = capsys.readouterr().out
    assert "grows faster than linear" in out
    assert "x16.0" in out


def test_bad_arguments_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        scaling.main(["--factor", "1"])
    assert e.value.code == 2
    assert "--factor" in capsys.readouterr().err
