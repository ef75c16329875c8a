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
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_KEYWORD_RUN = 48  # longest keyword prefix worth checking (aws_secret_access_key is 21)

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


def keyword_prefix(words: Iterable[str]) -> HoldRule:
    """A trailing word that may still become a keyword (``passw`` -> ``password``); underscores
    are ignored, as the recognisers make them optional."""
    known = tuple(w.replace("_", "") for w in words)

    def rule(tail: str) -> int | None:
        i = max(_run_start(tail, _WORD_CHARS), len(tail) - _KEYWORD_RUN)
        for k in range(i, len(tail)):
            rest = tail[k:].lower().replace("_", "")
            if rest and any(w.startswith(rest) for w in known):
                return k
        return None

    return rule


def pattern(regex: str) -> HoldRule:
    """A regex that matches a possible match-in-progress at the very end of the tail."""
    compiled = re.compile(regex + r"\Z")

    def rule(tail: str) -> int | None:
        m = compiled.search(tail)
        return m.start() if m else None

    return rule


def any_of(*rules: HoldRule) -> HoldRule:
    def rule(tail: str) -> int | None:
        starts = [s for r in rules if (s := r(tail)) is not None]
        return min(starts) if starts else None

    return rule


_PASSWORD_WORDS = ("password", "passwd", "passphrase", "pwd")
_AWS_WORDS = ("aws_secret_access_key", "aws_secret_key", "secret_access_key")
_QUOTED_OR_BARE = r"""(?:"[^"\n]{0,256}|'[^'\n]{0,256}|[^\s"',;}{\]\[]{0,256})"""
PEM_BEGIN = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
PEM_BODY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:,.- \t\n\r\f\v")

# Entity -> rule; an entity the output policy only flags (or allows) is not held for.
RULES: Mapping[str, HoldRule] = {
    "OPENAI_KEY": token_prefix(["sk-"]),
    "AWS_ACCESS_KEY": token_prefix(["AKIA", "ASIA"]),
    "GITHUB_TOKEN": token_prefix(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]),
    "SLACK_TOKEN": token_prefix([f"xox{c}-" for c in "abprs"]),
    "GOOGLE_API_KEY": token_prefix(["AIza"]),
    "JWT": token_prefix(["eyJ"]),
    "PASSWORD": any_of(
        keyword_prefix(_PASSWORD_WORDS),
        pattern(
            r"(?i)(?:password|passwd|passphrase|pwd)[A-Za-z0-9_]{0,40}[\"']?\s*(?:[:=]\s*)?" + _QUOTED_OR_BARE
        ),
    ),
    "AWS_SECRET_KEY": any_of(
        keyword_prefix(_AWS_WORDS),
        pattern(
            r"(?i)(?:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*(?:[:=]\s*[\"']?[A-Za-z0-9/+]{0,40})?"
        ),
    ),
    "URL_CREDENTIALS": pattern(
        r"(?i)[a-z0-9+.-]:(?:/(?:/(?:[^\s:/@?#]*(?::[^\s/@?#]*(?:@[A-Za-z0-9\[\]_.-]*)?)?)?)?)?"
    ),
    "PRIVATE_KEY": any_of(
        pattern(r"-{1,5}(?:B(?:E(?:G(?:I(?:N(?: [A-Z0-9 ]{0,40}-{0,5})?)?)?)?)?)?"),
        pattern(PEM_BEGIN + r"[A-Za-z0-9+/=\s:,.-]*"),
    ),
    "EMAIL": pattern(r"[\w.%+-]+(?:@[A-Za-z0-9.-]*)?"),
    "PHONE": pattern(r"(?:[+(]|\d)[\d ()./\-]{0,40}"),
    "CREDIT_CARD": pattern(r"\d[\d -]{0,40}"),
    "US_SSN": pattern(r"\d[\d -]{0,12}"),
    "IBAN": pattern(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}|[A-Z]{2}\d{1,2}(?: ?[A-Z0-9]){0,30} ?)"),
    "IP_ADDRESS": any_of(
        pattern(r"(?<![\w.])\d{1,3}(?:\.\d{0,3}){0,3}"),
        pattern(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){0,7}(?:\.[0-9]{0,3}){0,3}"),
    ),
}


def rule_for(entities: Iterable[str]) -> HoldRule:
    """One rule for everything watched; entities without a rule (names from NER) hold nothing."""
    return any_of(*(RULES[e] for e in sorted(set(entities)) if e in RULES))


def hold_from(text: str, rule: HoldRule, floor: int = 0) -> int:
    """Where the held tail of ``text`` begins (len(text): hold nothing), never before ``floor``.

    Rules read the last CAP characters, text before ``floor`` included (it went out already,
    but a match may have begun there: ``https:`` emitted, ``//user:pw`` held).
    """
    lo = max(0, len(text) - CAP)
    start = rule(text[lo:])
    return len(text) if start is None else max(floor, lo + start)
