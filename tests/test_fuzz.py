"""A short slice of the fuzz command (python -m fuzz.run --n 100000 is the full run)."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from fuzz import targets
from fuzz.run import TARGET_NAMES, main, run_hypothesis
from guardproxy.errors import RequestError

SLICE = 60


def test_the_command_lists_every_target() -> None:
    assert tuple(targets.TARGETS) == TARGET_NAMES


@pytest.mark.parametrize("name", TARGET_NAMES)
def test_slice_finds_no_crash(name: str) -> None:
    result = run_hypothesis(name, SLICE, seed=0)
    assert result.detail == ""
    assert result.crashes == 0
    assert result.inputs >= SLICE


def _fails_on_long(text: str) -> None:
    if len(text) > 3:
        raise ZeroDivisionError("planted")


def _refuses(value: object) -> None:
    raise RequestError("a client's mistake, not a crash")


def test_a_crash_is_caught_shrunk_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(targets.TARGETS, "wire", targets.Target("wire", st.text(), _fails_on_long))
    result = run_hypothesis("wire", 200, seed=0)
    assert result.crashes == 1
    assert "ZeroDivisionError" in result.detail
    assert "'0000'" in result.detail  # shrunk to the smallest failing input


def test_allowed_errors_are_not_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    target = targets.Target("wire", st.integers(), _refuses, (RequestError,))
    monkeypatch.setitem(targets.TARGETS, "wire", target)
    assert run_hypothesis("wire", 30, seed=0).crashes == 0


def test_command_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--n", "20", "--target", "sse", "--seed", "1"]) == 0
    assert "crashes=0" in capsys.readouterr().out
