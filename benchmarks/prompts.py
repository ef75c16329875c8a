"""Deterministic prompt sets for the benchmark: benign, mixed (attacks and PII), sized texts.

Prompts come from data/authored; PII is spliced into benign prompts with made-up values in
the formats the PII stage looks for, so every run sends the same bytes.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence

from guardproxy.config import REPO_ROOT

DATA = REPO_ROOT / "data" / "authored"
ATTACK_SHARE = 0.10
PII_SHARE = 0.20
# Long documents make a length sweep of their own; the traffic mix uses chat-sized prompts.
_LONG = "benign_en_longdoc"
_PII_TAILS = (
    "You can reach me at {first}.{last}{n}@example.com if anything is unclear.",
    "Call me back on +1 415 555 {n:04d} after five.",
    "My card is 4111 1111 1111 1111 and the billing email is {first}{n}@mail.example.org.",
    "Send the contract to {first} {last}, phone (212) 555-{n:04d}.",
)
_FIRST = ("maria", "john", "aiko", "lars", "fatima", "pedro")
_LAST = ("garcia", "smith", "tanaka", "berg", "haddad", "silva")


def _texts(pattern: str, exclude: str = "") -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob(pattern)):
        if exclude and path.name.startswith(exclude):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text.strip():
                out.append(text)
    return out


def benign() -> list[str]:
    return _texts("benign_en_*.jsonl", exclude=_LONG)


def attacks() -> list[str]:
    return _texts("attacks_en_*.jsonl")


def with_pii(text: str, rng: random.Random) -> str:
    tail = rng.choice(_PII_TAILS).format(
        first=rng.choice(_FIRST), last=rng.choice(_LAST), n=rng.randrange(10000)
    )
    return f"{text} {tail}"


def benign_set(n: int, seed: int = 1, max_words: int = 0) -> list[str]:
    """n benign prompts; ``max_words`` keeps streams short (the demo echoes word by word)."""
    rng = random.Random(seed)
    pool = [t for t in benign() if not max_words or len(t.split()) <= max_words]
    return [rng.choice(pool) for _ in range(n)]


def mixed_set(n: int, seed: int = 2) -> list[str]:
    """n prompts: ATTACK_SHARE attacks, PII_SHARE benign with PII, the rest benign, shuffled."""
    rng = random.Random(seed)
    good, bad = benign(), attacks()
    n_attack, n_pii = round(n * ATTACK_SHARE), round(n * PII_SHARE)
    out = [rng.choice(bad) for _ in range(n_attack)]
    out += [with_pii(rng.choice(good), rng) for _ in range(n_pii)]
    out += [rng.choice(good) for _ in range(n - n_attack - n_pii)]
    rng.shuffle(out)
    return out


def sized_text(tokens: int, count: Callable[[str], int], seed: int = 3) -> str:
    """Benign prose of about ``tokens`` tokens, as ``count`` measures them."""
    rng = random.Random(seed)
    # Plain prose only: one URL or code blob can be fifty tokens and overshoot a short target.
    pool = [t for t in benign() + _texts(_LONG + "*.jsonl") if max(map(len, t.split())) <= 16]
    parts: list[str] = []
    text = ""
    while count(text) < tokens:
        parts.append(rng.choice(pool))
        text = " ".join(parts)
    words = text.split()
    # Trim back to the target: long documents overshoot by hundreds of tokens.
    lo, hi = 1, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if count(" ".join(words[:mid])) >= tokens:
            hi = mid
        else:
            lo = mid + 1
    return " ".join(words[:lo])


def approx_tokens(text: str) -> int:
    """A WordPiece-like estimate for when no tokenizer is shipped: ~1.3 tokens a word."""
    return round(len(text.split()) * 1.3)


def chat_body(prompt: str, *, stream: bool = False, model: str = "guardproxy-demo") -> bytes:
    body: dict[str, object] = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    if stream:
        body["stream"] = True
    return json.dumps(body).encode()


def bodies(prompts: Sequence[str], *, stream: bool = False, model: str = "guardproxy-demo") -> list[bytes]:
    return [chat_body(p, stream=stream, model=model) for p in prompts]
