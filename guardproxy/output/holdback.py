"""How much of a streamed tail to hold back: only what could still grow into a match.

A stream is screened piece by piece. Text is emitted as soon as no watched pattern could still
begin in it; the rest (the *tail*) waits for the next piece. Every rule below answers "where,
in this tail, could a match of my entity start?" and errs on the side of holding. A tail with
no candidate (plain words, no digits, no key prefix) holds nothing, so ordinary prose is not
delayed at all.

The hold is capped at ``CAP`` characters: the longest single-token secret we know (a GitHub
fine-grained PAT, 93 chars; Slack and JWT usually under 200) fits, and a PEM private key is
followed by a separate streaming state in ``screen`` rather than held whole. Past the cap the
text is emitted anyway, with every span found so far already rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

CAP = 256

_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.")

HoldRule = Callable[[str], int | None]  # tail -> where a match could start in it, or None


def _run_start(tail: str, chars: frozenset[str]) -> int:
    i = len(tail)
    while i and tail[i - 1] in chars:
        i -= 1
    return i


def token_prefix(prefixes: Iterable[str]) -> HoldRule:
    """Fixed-prefix tokens (sk-, AKIA, ghp_ ...): a trailing token that starts a prefix or
    extends one. Tokens may begin after _ - . inside a longer run, as the recognisers'
    look-behinds allow."""
    known = tuple(prefixes)

    def rule(tail: str) -> int | None:
        i = _run_start(tail, _TOKEN_CHARS)
        run = tail[i:]
        if not run:
            return None
        starts = [0, *(k + 1 for k, c in enumerate(run) if c in "_-.")]
        for k in starts:
            rest = run[k:]
            if rest and any(rest.startswith(p) or p.startswith(rest) for p in known):
                return i + k
        return None

    return rule


def pattern(regex: str, window: int = CAP, needs: tuple[str, ...] = ()) -> HoldRule:
    """A regex matching a possible match-in-progress at the very end of the tail.

    ``window``: the longest such match, so the regex never reads more than it must; ``needs``:
    substrings one of which a candidate tail must hold (a cheap test that skips most prose).
    """
    compiled = re.compile(regex + r"\Z")

    def rule(tail: str) -> int | None:
        lo = max(0, len(tail) - window)
        if needs:
            near = tail[lo:] if lo else tail
            if not any(n in near for n in needs):
                return None
        m = compiled.search(tail, lo)
        return m.start() if m else None

    return rule


def any_of(*rules: HoldRule) -> HoldRule:
    def rule(tail: str) -> int | None:
        starts = [s for r in rules if (s := r(tail)) is not None]
        return min(starts) if starts else None

    return rule


_QUOTED_OR_BARE = r"""(?:"[^"\n]{0,256}|'[^'\n]{0,256}|[^\s"',;}{\]\[]{0,256})"""
PEM_BEGIN = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
PEM_BODY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:,.- \t\n\r\f\v")

_PASSWORD_NEEDS = ("pass", "PASS", "Pass", "pwd", "PWD", "Pwd")
_AWS_NEEDS = ("secret", "SECRET", "Secret")
_TOKEN_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "OPENAI_KEY": ("sk-",),
    "AWS_ACCESS_KEY": ("AKIA", "ASIA"),
    "GITHUB_TOKEN": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    "SLACK_TOKEN": tuple(f"xox{c}-" for c in "abprs"),
    "GOOGLE_API_KEY": ("AIza",),
    "JWT": ("eyJ",),
}

# Entity -> rule; an entity the output policy only flags (or allows) is not held for. Keyword
# secrets (PASSWORD, AWS_SECRET_KEY, URL_CREDENTIALS) redact the value only, so the keyword may
# go out: the rule reads it back from emitted text and holds the value that follows.
RULES: Mapping[str, HoldRule] = {
    **{entity: token_prefix(prefixes) for entity, prefixes in _TOKEN_PREFIXES.items()},
    "PASSWORD": pattern(
        r"(?i)(?:password|passwd|passphrase|pwd)[A-Za-z0-9_]{0,40}[\"']?\s*(?:[:=]\s*)?" + _QUOTED_OR_BARE,
        needs=_PASSWORD_NEEDS,
    ),
    "AWS_SECRET_KEY": pattern(
        r"(?i)(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*(?:[:=]\s*[\"']?[A-Za-z0-9/+]{0,40})?",
        window=96,
        needs=_AWS_NEEDS,
    ),
    "URL_CREDENTIALS": pattern(
        r"(?i)[a-z0-9+.-]:(?:/(?:/(?:[^\s:/@?#]*(?::[^\s/@?#]*(?:@[A-Za-z0-9\[\]_.-]*)?)?)?)?)?",
        needs=(":",),
    ),
    "PRIVATE_KEY": any_of(
        pattern(r"-{1,5}(?:B(?:E(?:G(?:I(?:N(?: [A-Z0-9 ]{0,40}-{0,5})?)?)?)?)?)?", window=64, needs=("-",)),
        pattern(PEM_BEGIN + r"[A-Za-z0-9+/=\s:,.-]*", needs=("-----BEGIN",)),
    ),
    "EMAIL": pattern(r"[\w.%+-]+(?:@[A-Za-z0-9.-]*)?", window=254),
    "PHONE": pattern(r"(?:[+(]|\d)[\d ()./\-]{0,40}", window=48),
    "CREDIT_CARD": pattern(r"\d[\d -]{0,40}", window=48),
    "US_SSN": pattern(r"\d[\d -]{0,12}", window=16),
    "IBAN": pattern(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}|[A-Z]{2}\d{1,2}(?: ?[A-Z0-9]){0,30} ?)", window=48),
    "IP_ADDRESS": any_of(
        pattern(r"(?<![\w.])\d{1,3}(?:\.\d{0,3}){0,3}", window=16),
        pattern(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){0,7}(?:\.[0-9]{0,3}){0,3}", window=48),
    ),
}


def rule_for(entities: Iterable[str]) -> HoldRule:
    """One rule for everything watched; entities without a rule (names from NER) hold nothing.
    Token prefixes are merged into one rule, so the trailing token is read once."""
    wanted = sorted(set(entities))
    prefixes = [p for e in wanted for p in _TOKEN_PREFIXES.get(e, ())]
    others = [RULES[e] for e in wanted if e in RULES and e not in _TOKEN_PREFIXES]
    return any_of(*([token_prefix(prefixes)] if prefixes else []), *others)


def hold_from(text: str, rule: HoldRule, floor: int = 0) -> int:
    """Where the held tail of ``text`` begins (len(text): hold nothing), never before ``floor``.

    Rules read the last CAP characters, text before ``floor`` included (it went out already,
    but a match may have begun there: ``https:`` emitted, ``//user:pw`` held).
    """
    lo = max(0, len(text) - CAP)
    start = rule(text[lo:])
    return len(text) if start is None else max(floor, lo + start)
