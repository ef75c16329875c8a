"""Signature rules for known attack phrasing, kept as data in rules.yaml.

A rule is a case-insensitive regex plus the keywords any match must contain. Python's
regex engine tries every alternative at every position, so one big alternation of all
rules costs ~1 ms on a 100-word prompt; instead the scan tokenises the text once, looks
up which rules have a keyword present (usually none), and runs only those, and only over
the stretch of text around their keywords. That keeps a benign prompt at tens of
microseconds and makes every hit carry its rule id for free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from guardproxy.detect.base import Variant
from guardproxy.detect.normalise import word_tokens
from guardproxy.detect.windows import UNSPACED
from guardproxy.errors import ConfigError
from guardproxy.types import Finding, FindingKind

DEFAULT_RULES_FILE = Path(__file__).with_name("rules.yaml")
FLAGS = re.IGNORECASE | re.MULTILINE
# A match must start at most BEFORE characters ahead of one of its keywords and be at most
# AFTER characters long from there; rules.yaml promises this, the scan window relies on it.
BEFORE = 200
AFTER = 500
SEVERITY_SCORE: Mapping[str, float] = {"low": 0.5, "medium": 0.75, "high": 0.95}
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
_SPACE = re.compile(r"\s")
_MAX_OCCURRENCES = 64  # keyword hits per rule before the whole text is searched instead
# Each quote check (discussed()) reads the text around its match, up to the whole text, so
# checking every occurrence of an attack phrase repeated through a long body costs the square
# of its length: 74 KB of "ignore all previous instructions" took 4 s, a 4 MiB body would
# take hours of a screening thread. Past this many checks in one text the remaining
# occurrences keep their rule's score: a text repeating attack phrases that often is taken
# to mean them (a user asking about one quotes it once or twice).
MAX_QUOTE_CHECKS = 32

Family = Literal["PI", "JB", "ENC", "IPI", "HARM", "LEAK"]
Severity = Literal["low", "medium", "high"]


class RuleSpec(BaseModel):
    """One rule as written in rules.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+(?:[.-][a-z0-9]+)+$")
    family: Family
    severity: Severity
    pattern: str
    keywords: tuple[str, ...] = Field(min_length=1)
    description: str = ""
    examples: tuple[str, ...] = ()

    @field_validator("keywords")
    @classmethod
    def _lowercase(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if any(k != k.lower() or not k.strip() or k != k.strip() for k in v):
            raise ValueError("keywords must be lowercase, non-empty and unpadded")
        return v

    @model_validator(mode="after")
    def _compiles_and_matches(self) -> RuleSpec:
        if _BACKREF.search(self.pattern):
            raise ValueError("backreferences are not supported")
        try:
            compiled = re.compile(self.pattern, FLAGS)
        except re.error as e:
            raise ValueError(f"invalid regex: {e}") from None
        if compiled.groupindex:
            raise ValueError("named groups are not allowed; use (?:...)")
        lowered = _lower_regex(self.pattern)
        for example in self.examples:
            m = compiled.search(example)
            if m is None:
                raise ValueError(f"pattern does not match its example {example!r}")
            if lowered is not None and lowered.search(example.lower()) is None:
                raise ValueError(
                    f"pattern does not match the lowercased example {example!r}: write literals in "
                    "lowercase, or mark case-sensitive parts with (?-i:...)"
                )
            if not _keyword_positions(m.group().lower(), word_tokens(m.group()), self.keywords):
                raise ValueError(f"the match in {example!r} holds none of its keywords")
        return self


def _lower_regex(pattern: str) -> re.Pattern[str] | None:
    """The rule compiled without IGNORECASE, to run on lowercased text; None if it has
    case-sensitive parts. sre runs a case-insensitive alternation about five times slower."""
    return None if "(?-i:" in pattern else re.compile(pattern, re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    family: str
    severity: str
    regex: re.Pattern[str]
    keywords: tuple[str, ...]
    lower_regex: re.Pattern[str] | None = None

    @property
    def score(self) -> float:
        return SEVERITY_SCORE[self.severity]


# a word of these scripts is no token of its own: it sits inside a run of characters
_UNSPACED = re.compile(f"[{UNSPACED}]")


def _is_marker(keyword: str) -> bool:
    # Keywords that are not plain words ("<|im_start|>", "[inst]") are found as substrings,
    # and so are words of unspaced scripts ("忽略" sits inside one long run of Han characters).
    return not keyword.isalnum() or _UNSPACED.search(keyword) is not None


def _keyword_positions(lower: str, tokens: frozenset[str], keywords: Iterable[str]) -> list[int]:
    """Start offsets of every occurrence of each keyword present (as a substring)."""
    out: list[int] = []
    for k in keywords:
        if (_is_marker(k) and k in lower) or k in tokens:
            at = lower.find(k)
            while at >= 0 and len(out) < _MAX_OCCURRENCES:
                out.append(at)
                at = lower.find(k, at + 1)
    return out


def _windows(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """Merged [start, end) stretches around keyword positions that can hold a match."""
    if len(positions) >= _MAX_OCCURRENCES:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for p in sorted(positions):
        start, end = max(0, p - BEFORE), p + AFTER
        # End on whitespace so \b and lookaheads at the cut see what the full text has.
        cut = _SPACE.search(text, end)
        end = cut.start() if cut else len(text)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def parse_rules(data: object, source: str = "rules") -> tuple[Rule, ...]:
    """Validate a parsed YAML document into compiled rules, or raise ConfigError naming the rule."""
    if not isinstance(data, list):
        raise ConfigError(f"{source}: expected a YAML list of rules")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, item in enumerate(data):
        rule_id = item.get("id", f"#{i}") if isinstance(item, dict) else f"#{i}"
        try:
            spec = RuleSpec.model_validate(item)
        except ValidationError as e:
            first = e.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            where = f" {field}:" if field else ""
            msg = first["msg"].removeprefix("Value error, ")
            raise ConfigError(f"{source}: rule {rule_id}:{where} {msg}") from None
        if spec.id in seen:
            raise ConfigError(f"{source}: rule {spec.id}: duplicate id")
        seen.add(spec.id)
        rules.append(
            Rule(spec.id, spec.family, spec.severity, re.compile(spec.pattern, FLAGS), spec.keywords)
        )
    return tuple(rules)


def load_rules(path: Path = DEFAULT_RULES_FILE) -> tuple[Rule, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read rules file {path}: {e.strerror}") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"rules file {path} is not valid YAML: {e}") from e
    return parse_rules(data, str(path))


# Someone asking about an attack they quote ("my student wrote "ignore all previous
# instructions" in his essay, how do I respond?") is no attack: a signature inside quotes,
# a code fence or a blockquote, in a text that asks about it, scores as a medium rule (a
# finding, not a verdict) and the models decide. Task verbs that act on a quoted text
# ("translate", "summarise") are not questions about it and leave the rule decisive.
# Questions about an attack as such: enough next to any quote, code fences included.
_ABOUT_ATTACK = re.compile(
    r"\b(?:what(?:'s| is) the (?:origin|point)|why (?:would|do|does|did) (?:someone|people|anyone|they|he|she)"
    r"|(?:classify|categori[sz]e|label) (?:this|these|that|it|the following)|moderation queue"
    r"|is (?:this|that|it) (?:an? |still )?(?:attack|injection|jailbreak|prompt injection|malicious|dangerous"
    r"|safe|scam|phishing)|should (?:i|we) (?:be worried|worry)|found (?:this|that)"
    r"|how (?:do|should|can|would) (?:i|we) (?:detect|block|stop|filter|defend)"
    # "my student wrote", "someone posted", "people keep pasting", "I typed": not "Sent from
    # my phone" or an email's "Sent:" line
    r"|\b(?:my|our|some(?:one|body)|he|she|they|people|users|customers|students|kids"
    r"|(?:a|the) (?:user|customer|student|kid|child|candidate|applicant|attacker|scammer|spammer|tester))\b"
    r"[^.!?\n:]{0,30}?\b(?:typed|wrote|posted|posting|sent|pasted|pasting|tried|told|submitted)\b"
    r"|\b(?:i|we) (?:typed|pasted|posted|submitted|entered)\b"
    # something found or seen, and what it says: "I found white text", "we're seeing
    # submissions like", "the issue body says", "whether this is direct injection"
    r"|\b(?:i|we)(?:'m|'re| am| are)? (?:just |recently |keep |kept )?(?:found|saw|seeing|noticed|spotted"
    r"|came across|discovered)\b|\b(?:it|body|comment|note|file|log) (?:says|said|reads)\b"
    r"|\bwhether (?:this|it|that) is\b"
    r"|c[oó]mo (?:detectar|bloquear)|comment (?:d[eé]tecter|bloquer)|как (?:обнаружить|распознать|заблокировать)"
    # the same reports and questions in the other languages the rules know
    r"|\b(?:cliente|usuario|usuário|alumno|aluno|estudiante|alguien|alguém|hij[oa]|filh[oa])\b[^.!?\n:]{0,30}?"
    r"\b(?:escribi[óo]|escreveu|envi[óo]|enviou|peg[óo]|colou|mand[óo]|mandou|public[óo]|postou|copi[óo]|copiou)\b"
    r"|\b(?:client|utilisateur|[ée]l[èe]ve|[ée]tudiant|quelqu'un|fils|fille)\b[^.!?\n:]{0,30}?"
    r"\b(?:a|avait) (?:[ée]crit|envoy[ée]|coll[ée]|post[ée]|copi[ée])"
    r"|\b(?:kunde|nutzer|benutzer|sch[üu]ler|student|jemand|sohn|tochter)\b[^.!?\n:]{0,40}?"
    r"\b(?:geschrieben|geschickt|eingegeben|gepostet|kopiert|gesehen|gelesen)\b"
    r"|\b(?:utente|studente|qualcuno|figli[oa])\b[^.!?\n:]{0,30}?\b(?:ha|aveva) (?:scritto|inviato|incollato|postato)"
    r"|\b(?:клиент|пользователь|ученик|студент|кто-то|сын|дочь)\b[^.!?\n:]{0,30}?"
    r"(?:написал|прислал|отправил|вставил|скопировал)"
    r"|\brecebi (?:isso|isto|essa mensagem)|\bisso funciona|\b[ée] (?:perigoso|grave)|es para preocuparse|\bes grave"
    r"|\bes (?:esto|eso) (?:un ataque|peligroso|una inyecci[óo]n)|\best-ce (?:une attaque|dangereux)"
    r"|\bc'est dangereux|\bist (?:das|dies) (?:ein (?:bekannter )?angriff|gef[äa]hrlich)"
    r"|\b[èe] (?:un attacco|pericoloso)|\bэто (?:атака|опасно))"  # noqa: RUF001 - Russian
    # unspaced scripts have no word boundaries: "is this an attack", "how do we defend/check"
    r"|这是攻击吗|是攻击吗|如何防范|怎么防范|怎么防御|攻撃ですか|対策を教え|確認する方法",
    re.IGNORECASE,
)
# Questions whether or why a text is an attack (_ABOUT_ATTACK's, less its reports of who sent
# or where one found a text, plus "how would you test"). They alone let an unquoted signature
# set off by a lead ("Classify this message:\n\n...") count as discussed: "my landlord sent
# this:" before a pasted letter is how indirect injection comes.
_ASKS_ABOUT_ATTACK = re.compile(
    r"\b(?:why (?:would|do|does|did) (?:someone|people|anyone|they)|(?:classify|categori[sz]e|label) (?:this|these"
    r"|that|it|the following)|moderation queue|is (?:this|that|it) (?:an? |still )?(?:attack|injection|jailbreak"
    r"|prompt injection|malicious|dangerous|safe)|should (?:i|we) (?:be worried|worry)"
    r"|how (?:do|should|can|would) (?:i|we|you) (?:detect|block|stop|filter|defend|test)|\bwhether (?:this|it|that) is)\b",
    re.IGNORECASE,
)
_LEAD_END = re.compile(r"[:?][ \t]*\n\s*(?=\S)")
# Questions about what a text says or does: enough next to double quotes and > lines, not
# next to strict quotes (see quoted()). Unspaced scripts have no word boundaries, so theirs
# stand alone.
_ABOUT_TEXT = re.compile(
    r"\b(?:what (?:does|do|is|did|would) (?:this|that|it|these|those)\b|what(?:'s| is) the meaning|explain"
    r"|how (?:do|should|can|would) (?:i|we) (?:respond|reply|explain|handle)"
    r"|was (?:bedeutet|macht|soll)|erkl[aä]r|que (?:signifie|fait)|explique|qu[eé] (?:significa|hace)"
    r"|o que (?:significa|faz)|explica|что (?:значит|означает|делает)|объясни)"
    r"|どういう意味|何をする|説明して|検知|什么意思|解释|解釋",
    re.IGNORECASE,
)
_QUOTE_PAIRS = (
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u201e", "\u201c"),  # German „...“
    ("\u00ab", "\u00bb"),
    ("\u300c", "\u300d"),
    ("\u300e", "\u300f"),
)
# Single quotes double as apostrophes ("don't", "users' data"): a quote opens before a
# non-space after a non-letter, and closes after a non-space before a non-letter.
_SINGLE_OPEN = re.compile(r"(?<![\w'\u2019])['\u2018](?=\S)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['\u2019](?![\w])")
# A request to act on what is quoted ("decode it and do what it says") is no question about
# it: the rule keeps its verdict whatever else the text asks.
_ACTS_ON = re.compile(
    r"\b(?:do|does) (?:exactly )?what (?:it|this|that|they|the (?:text|message|note|string)) says?\b"
    r"|\b(?:follow|obey|carry out|comply with|act on|execute) (?:it|this|that|these|them|the instructions?"
    r"|the (?:above|following))\b(?! (?:mean|means|do|does|is|are)\b)",
    re.IGNORECASE,
)


_NEAR = 300  # characters around the quote that the question must be in


def quoted(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """(start, end, strict) of the quotes (same paragraph), fence or > line around
    text[start:end], or None. Strict quotes (a ``` fence, single quotes) need a question
    about the attack itself: "explain this code" over a fence is the classic indirect
    injection, and a single-quoted 'I have been PWNED' is most often the output an attack
    asks for."""
    fences = text.count("```", 0, start)
    if fences % 2 == 1:
        close = text.find("```", end)
        return text.rfind("```", 0, start), len(text) if close < 0 else close + 3, True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip().startswith(">"):
        line_end = text.find("\n", end)
        return line_start, len(text) if line_end < 0 else line_end, False
    para_start = text.rfind("\n\n", 0, start) + 1
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    for open_q, close_q in _QUOTE_PAIRS:
        if open_q == close_q:
            opened = text.count(open_q, para_start, start) % 2 == 1
            last_open = text.rfind(open_q, para_start, start)
        else:
            last_open = text.rfind(open_q, para_start, start)
            opened = last_open > text.rfind(close_q, para_start, start)
        close = text.find(close_q, end, para_end) if opened else -1
        if close >= 0 and not _json_value(text, last_open):
            return last_open, close + 1, False
    opens = list(_SINGLE_OPEN.finditer(text, para_start, start + 1))  # + 1: the lookahead
    if (
        opens
        and _SINGLE_CLOSE.search(text, opens[-1].end(), start) is None
        and not _json_value(text, opens[-1].start())
    ):
        close_m = _SINGLE_CLOSE.search(text, end, para_end)
        if close_m is not None:
            return opens[-1].start(), close_m.end(), True
    return None


def _json_value(text: str, quote: int) -> bool:
    """A string in JSON or a dict literal (a tool result, an API payload) is data, not
    someone quoting."""
    before = text[max(0, quote - 8) : quote].rstrip()
    if before.endswith(('":', "':", "[", "{")):
        return True
    # {author: 'admin', note: '...'}: a key inside an unclosed brace on the same line
    line = text[text.rfind("\n", 0, quote) + 1 : quote]
    return before.endswith((":", ",")) and line.count("{") > line.count("}")


def _set_off(text: str, start: int) -> int | None:
    """Where the block holding text[start] begins, if a lead line ending in ":" or "?" sets it
    off ("Classify this message:\n\n<text>", "Is this dangerous?\n\n<text>"); else None."""
    # + 1: the lookahead reads the signature's first character
    leads = list(_LEAD_END.finditer(text, max(0, start - _NEAR), start + 1))
    return leads[-1].end() if leads else None


def discussed(text: str, start: int, end: int) -> bool:
    """A quoted signature, next to a question about what it quotes; or an unquoted one set
    off by a lead that asks whether or why it is an attack (see _ASKS_ABOUT_ATTACK)."""
    span = quoted(text, start, end)
    cues: tuple[re.Pattern[str], ...]
    if span is not None:
        lo, hi, strict = span
        cues = (_ABOUT_ATTACK,) if strict else (_ABOUT_ATTACK, _ABOUT_TEXT)
    else:
        set_off = _set_off(text, start)
        if set_off is None:
            return False
        para_end = text.find("\n\n", end)
        lo, hi = set_off, len(text) if para_end < 0 else para_end
        cues = (_ASKS_ABOUT_ATTACK,)
    if _ACTS_ON.search(text, 0, lo) is not None or _ACTS_ON.search(text, hi) is not None:
        return False
    return any(
        cue.search(text, a, b) is not None
        for cue in cues
        for a, b in ((max(0, lo - _NEAR), lo), (hi, hi + _NEAR))
    )


class RuleDetector:
    """Scans the raw text and every variant; a rule hit on the raw text carries its span."""

    stage = "rules"

    def __init__(self, rules: Sequence[Rule] | None = None) -> None:
        self.rules = tuple(load_rules() if rules is None else rules)
        by_word: dict[str, list[Rule]] = {}
        markers: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for k in rule.keywords:
                (markers if _is_marker(k) else by_word).setdefault(k, []).append(rule)
        self._by_word = {k: tuple(v) for k, v in by_word.items()}
        self._markers = {k: tuple(v) for k, v in markers.items()}

    def _candidates(self, lower: str, tokens: frozenset[str]) -> list[Rule]:
        found: dict[str, Rule] = {}
        for word in tokens & self._by_word.keys():
            for rule in self._by_word[word]:
                found[rule.id] = rule
        for marker, rules in self._markers.items():
            if marker in lower:
                for rule in rules:
                    found[rule.id] = rule
        return list(found.values())

    def matches(self, text: str) -> list[tuple[Rule, re.Match[str]]]:
        """Every (rule, match) in one text."""
        lower = text.lower()
        tokens = word_tokens(text)
        # str.lower() can change lengths outside ASCII; then offsets from ``lower`` would
        # not index ``text``, so those texts are searched whole.
        windowed = len(lower) == len(text)
        out: list[tuple[Rule, re.Match[str]]] = []
        for rule in self._candidates(lower, tokens):
            if not windowed:
                out.extend((rule, m) for m in rule.regex.finditer(text))
                continue
            regex, haystack = (rule.lower_regex, lower) if rule.lower_regex else (rule.regex, text)
            for start, end in _windows(text, _keyword_positions(lower, tokens, rule.keywords)):
                out.extend((rule, m) for m in regex.finditer(haystack, start, end))
        return out

    def detect(self, text: str, variants: Sequence[Variant]) -> Sequence[Finding]:
        findings: list[Finding] = []
        hit: set[str] = set()
        checks = 0
        if not variants or variants[0].text != text:
            variants = (Variant("raw", text), *variants)
        for variant in variants:
            on_raw = variant.text == text
            for rule, m in self.matches(variant.text):
                if rule.id in hit and not on_raw:
                    continue
                score = rule.score
                if on_raw and score > SEVERITY_SCORE["medium"] and checks < MAX_QUOTE_CHECKS:
                    checks += 1
                    if discussed(text, m.start(), m.end()):
                        score = SEVERITY_SCORE["medium"]
                findings.append(
                    Finding(
                        kind=FindingKind.RULE,
                        type=rule.family,
                        score=score,
                        stage=self.stage,
                        start=m.start() if on_raw else None,
                        end=m.end() if on_raw else None,
                        rule_id=rule.id,
                        variant="raw" if on_raw else variant.name,
                    )
                )
            hit.update(f.rule_id for f in findings if f.rule_id)
        return findings
