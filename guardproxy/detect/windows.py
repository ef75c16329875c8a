"""Tokens and windows shared by training and runtime, so both cut texts the same way."""

from __future__ import annotations

import re
import zlib

# L0 hashing; changing any of these invalidates the committed L0 model.
L0_BUCKETS = 65_536
BIGRAM_BUCKETS = 65_536
BIGRAM_MULT = 1_000_003
# Kana, CJK ideographs and hangul: scripts written without spaces between words.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# Words, single characters of the unspaced scripts, single symbols.
_L0_TOKEN = re.compile(rf"[{UNSPACED}]|\w+|[^\w\s]")
L0_WINDOW = 24
L0_STRIDE = 12
# L1 windows in WordPiece tokens, before [CLS]/[SEP]. Half-window stride: an instruction of
# up to 63 tokens lies whole in some window wherever it starts. With 96 (30 tokens of
# overlap) an injection across a window edge was seen by halves; at 63, validation TPR at
# 1% FPR rose 77.0 -> 77.3% and indirect injection 62.6 -> 65.3%, for ~1.5x the L1 runs
# on long texts. Smaller windows (64 tokens) lost badly (70.5%): fragments out of context
# look like attacks.
L1_WINDOW = 126
L1_STRIDE = 63


def windows(tokens: list[int], size: int, stride: int) -> list[list[int]]:
    """Overlapping windows covering every token; a short text is one window.

    An empty text still gets one (empty) window so that every text has a score.
    """
    if len(tokens) <= size:
        return [tokens]
    out = [tokens[i : i + size] for i in range(0, len(tokens) - size + stride, stride)]
    if len(out[-1]) < size // 2 and len(out) > 1:
        # the tail is covered by the overlap of the previous window plus this stub
        out[-1] = tokens[-size:]
    return out


def l0_tokens(folded: str) -> list[int]:
    """Hashed word ids for L0. crc32, not hash(): ids must not change between processes.

    Far cheaper than WordPiece (the bouncer's whole budget is a fraction of a millisecond).
    """
    crc = zlib.crc32
    return [crc(t.encode()) % L0_BUCKETS for t in _L0_TOKEN.findall(folded)]
