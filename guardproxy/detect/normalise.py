"""Normalised views of a text for the screens to scan, and the encoders that make them.

Attackers hide instructions behind Unicode tricks, letter spacing, leetspeak, reversal,
scrambled words and encodings. ``variants`` undoes each trick it finds and returns every
distinct view; rules and models scan all of them. Work is bounded: decoding depth, decoded
bytes, encoded runs tried and the number of variants are capped, so a decode bomb costs
little. Plain ASCII text with nothing suspicious in it goes through a handful of regex
searches and comes back alone.

``transforms`` is the reverse direction (text -> obfuscated text) for building training data.
"""

from __future__ import annotations

import base64
import binascii
import html
import random
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

from guardproxy.detect.base import Variant
from guardproxy.detect.windows import UNSPACED

DEFAULT_MAX_DECODE_DEPTH = 3
DEFAULT_MAX_DECODED_BYTES = 256 * 1024
DEFAULT_MAX_VARIANTS = 32
_MAX_RUNS = 256  # encoded runs tried per text, decoded or not: 100k tiny runs cost 256 tries
_MAX_SEGMENT_CHARS = 400  # word segmentation is quadratic-ish; longer spaced runs stay glued
_MAX_REWRITES = 4096  # per-token rewrites (leet, typoglycemia, spacing) per text
# Past this length a decoded variant holds only the decoded runs, not the text around them,
# so a megabyte of tiny encoded runs cannot multiply into megabyte-sized variants.
_MAX_CONTEXT_CHARS = 16 * 1024
# In a text past that length, unbroken tokens this long are data (a pasted image, a key
# dump), not words: the letter tricks (spacing, leet, ciphers) are undone on the text without
# them, or a 3 MB base64 blob turns into eight 3 MB variants. The decoders still see them.
_LONG_TOKEN_RE = re.compile(r"\S{256,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _words_list(text: str) -> list[str]:
    return text.split()


# Words that attacks are made of. Typoglycemia, reversal and ROT13/atbash detection look
# only for these, which keeps those variants off ordinary text.
ATTACK_WORDS = _words(
    """ignore ignoring disregard forget previous prior above earlier preceding instructions
    instruction system prompt prompts override reveal bypass jailbreak developer mode
    restrictions restricted rules password secret confidential pretend unfiltered uncensored
    unrestricted guidelines policy policies filter filters safety ethical assistant
    directive directives initial original hidden leak print repeat output everything admin
    credentials exfiltrate disable sudo obey follow respond answer command execute instead
    passwords secrets keys"""
)
_COMMON_WORDS = _words(
    """a i an the and or to of in on at for from with by as is are be been was were you your me
    my we us our it its this that these those all any every now new no not do does must only
    then there here what tell show give say act like just from into about above below has
    have had can will would should could so if but also anything nothing text words message
    messages user chat model above start starting"""
)
_SEGMENT_VOCAB = ATTACK_WORDS | _COMMON_WORDS
_SEGMENT_MAX_WORD = max(len(w) for w in _SEGMENT_VOCAB)
# Short words are too common reversed or rotated ("tsop" is a word in no language, but
# "liam" is a name): only words of five letters or more trigger those variants.
_TRIGGER_WORDS = sorted(w for w in ATTACK_WORDS if len(w) >= 5)
# The words that open or carry an attack, rare in ordinary requests ("respond", "output" are
# not): their presence is what makes reversing the word order worth a variant.
_CORE_WORDS = _words(
    """ignore disregard forget previous instructions instruction system prompt override reveal
    bypass jailbreak developer restrictions password passwords secret secrets pretend unfiltered
    uncensored unrestricted exfiltrate confidential credentials"""
)

# English whole words (tools/english_words.py writes the list): a ciphered text whose
# words are not English and whose deciphering is, was English enciphered, whatever it says.
_ENGLISH = Path(__file__).with_name("english_words.txt").read_text(encoding="ascii").split()
_LEXICON = frozenset(_ENGLISH) | ATTACK_WORDS | _COMMON_WORDS
_LEXICON_MAX_WORD = 16  # longer words are rare; each extra length is a lookup per letter
# What the cipher check counts as words read: English and the function words of fifteen
# other languages in the Latin alphabet (tools/latin_words.py writes the list), so Spanish or
# Italian enciphered with ROT13, atbash, Caesar or reversal reads once deciphered. Only the
# cipher check uses it: English-ness (foreign_share, typoglycemia) keeps the English lexicon.
_READABLE = _LEXICON | frozenset(
    Path(__file__).with_name("latin_words.txt").read_text(encoding="ascii").split()
)


# --- Unicode: invisibles, tag smuggling, homoglyphs -------------------------------------

_INVISIBLE_CPS = [
    0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0,
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
    *range(0xFE00, 0xFE10),  # variation selectors
    *range(0xE0000, 0xE0080),  # tag characters (decoded separately as hidden ASCII)
    *range(0xE0100, 0xE01F0),  # variation selectors supplement
    *range(0x0300, 0x0370),  # combining diacritics: Zalgo text, and accents the fold drops
]  # fmt: skip
_STRIP_INVISIBLE: dict[int, None] = dict.fromkeys(_INVISIBLE_CPS)
_TAG_TO_ASCII = {cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)}
_TAG_RE = re.compile("[\U000e0020-\U000e007e]+")

# Confusables that NFKC leaves alone: Cyrillic, Greek, Armenian and Latin small capitals
# that render like ASCII letters. Fullwidth and mathematical alphanumerics fold under NFKC.
_CONFUSABLES = (
    "аaбbвbгrдgеeёeкkмmнhоoпnрpсcтtуyхxьbіiїiјjѕsһhԁdԛqԝwӏlɑaɡgɩiıiȷjʋuνvοoρpαaκkτtυu"  # noqa: RUF001
    "χxεeιiγyωwηnАAВBЕEЁEКKМMНHОOРPСCТTУYХXІIЈJЅSԌGԚQԜWΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX"  # noqa: RUF001
    "ᴀaʙbᴄcᴅdᴇeɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzօoսuոnհhաwԵEՏSɾrʏyƿp"  # noqa: RUF001
)
_HOMOGLYPH: dict[int, str] = {
    ord(_CONFUSABLES[i]): _CONFUSABLES[i + 1] for i in range(0, len(_CONFUSABLES), 2)
}


def _accent_table() -> dict[int, str]:
    # Latin letters with diacritics fold to their base letter ("ïgnörë" -> "ignore").
    out: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            out[cp] = base
    return out


# Latin letters with diacritics and a few Latin-only letters, folded in every text.
_ACCENTS: dict[int, str] = {
    **_accent_table(),
    **{0x0131: "i", 0x00DF: "ss", 0x0142: "l", 0x0141: "L", 0x00F8: "o", 0x00D8: "O"},
}
_HOMOGLYPH.update(_ACCENTS)
_ENCODE_HOMOGLYPH = {
    "a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "о", "p": "р", "s": "ѕ", "x": "х",  # noqa: RUF001
    "y": "у", "h": "һ", "d": "ԁ", "w": "ԝ", "l": "ӏ", "v": "ν", "u": "υ", "k": "κ", "n": "ո",  # noqa: RUF001
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "J": "Ј", "K": "К", "M": "М",  # noqa: RUF001
    "O": "О", "P": "Р", "S": "Ѕ", "T": "Т", "X": "Х", "Y": "У",  # noqa: RUF001
}  # fmt: skip


def _char_class(codepoints: Iterable[int]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(codepoints)) + "]")


# str.translate with a dict costs a lookup per character; a charset search in C first
# skips it for the usual text with an em dash or an accent but nothing to strip or fold.
_HAS_INVISIBLE = _char_class(_STRIP_INVISIBLE)
_HAS_HOMOGLYPH = _char_class(_HOMOGLYPH)


# Letters of the scripts the confusables come from (Greek, Cyrillic, Armenian) that look like
# no Latin letter (Cyrillic i and zhe, Greek sigma and lambda). Nobody disguising English types
# those, so a text with one is written in that script.
_NATIVE_LETTER_RE = _char_class(
    cp
    for lo, hi in ((0x0370, 0x03FF), (0x0400, 0x052F), (0x0531, 0x058F))
    for cp in range(lo, hi + 1)
    if chr(cp).isalpha() and cp not in _HOMOGLYPH
)
_WORD_WITH_LATIN_RE = re.compile(r"\w*[A-Za-z]\w*")


def _fold_word(m: re.Match[str]) -> str:
    return m.group().translate(_HOMOGLYPH)


def deconfuse(text: str) -> str:
    """Confusable letters to ASCII, accents off. In a text written in Greek, Cyrillic or
    Armenian only the words that mix in Latin letters fold ("ignore" typed with a Cyrillic i):
    "Игнорируй" stays Russian instead of turning into "иrhopиpyй", which no model can read.
    Folding those words leaves the text's own letters alone, so this is idempotent."""
    if _NATIVE_LETTER_RE.search(text) is not None:
        return _WORD_WITH_LATIN_RE.sub(_fold_word, text.translate(_ACCENTS))
    return text.translate(_HOMOGLYPH)


def _unicode_chain(text: str) -> tuple[str, str, str]:
    """NFKC, strip invisibles, fold homoglyphs. Returns (text, "+".join(steps that changed it),
    the text before the fold)."""
    steps = []
    out = unicodedata.normalize("NFKC", text)
    if out != text:
        steps.append("nfkc")
    if _HAS_INVISIBLE.search(out):
        steps.append("invisible")
        # Removing a joiner can put a base letter next to a combining mark: compose again.
        out = unicodedata.normalize("NFKC", out.translate(_STRIP_INVISIBLE))
    unfolded = out
    if _HAS_HOMOGLYPH.search(out):
        folded = deconfuse(out)
        if folded != out:
            steps.append("homoglyph")
            out = folded
    return out, "+".join(steps), unfolded


_WS_RE = re.compile(r"\s+")


def fold(text: str) -> str:
    """The one canonical form of a text, for cache keys and dedup: NFKC, no invisibles,
    homoglyphs and accents folded, lowercase, whitespace collapsed. Idempotent."""
    out = text
    # Lowercasing and folding can each expose work for the other (e.g. a capital that
    # lowercases to a confusable); iterate to the fixed point, which comes within a few rounds.
    for _ in range(4):
        step = unicodedata.normalize("NFKC", out.translate(_STRIP_INVISIBLE))
        step = unicodedata.normalize("NFKC", step.lower().translate(_STRIP_INVISIBLE))
        step = _WS_RE.sub(" ", deconfuse(step).lower()).strip()
        if step == out:
            break
        out = step
    return out


# --- Shape transforms: spacing, leetspeak, typoglycemia, reversal, rotations ------------

# A letter (any script, or @ $ for a and s) and the separators spaced-out text puts between them.
_SEP = r"[ .\-_*|~+/\\]"
_SPACED_LETTER = r"(?:[^\W_]|[@$])"
_SPACED_RE = re.compile(rf"(?<![^\W_]){_SPACED_LETTER}(?:{_SEP}{{1,3}}{_SPACED_LETTER}){{3,}}(?![^\W_])")
_SEP_RE = re.compile(rf"{_SEP}{{1,3}}")


def _segment(joined: str, vocab: frozenset[str] = _SEGMENT_VOCAB, max_word: int = _SEGMENT_MAX_WORD) -> str:
    """Split glued letters into vocabulary words, keeping unknown stretches intact."""
    s = joined.lower()
    n = len(s)
    if n > _MAX_SEGMENT_CHARS:
        return joined
    # best[i]: (unknown characters, word count) for s[:i]; back[i]: word length, 0 = unknown char
    best: list[tuple[int, int]] = [(0, 0)] + [(n + 1, n + 1)] * n
    back = [0] * (n + 1)
    for i in range(1, n + 1):
        unk, words = best[i - 1]
        best[i], back[i] = (unk + 1, words + 1), 0
        for length in range(1, min(max_word, i) + 1):
            if s[i - length : i] in vocab:
                cand = (best[i - length][0], best[i - length][1] + 1)
                if cand < best[i]:
                    best[i], back[i] = cand, length
    tokens: list[str] = []
    i, pending = n, ""
    while i > 0:
        if back[i] == 0:
            pending = s[i - 1] + pending
            i -= 1
            continue
        if pending:
            tokens.append(pending)
            pending = ""
        tokens.append(s[i - back[i] : i])
        i -= back[i]
    if pending:
        tokens.append(pending)
    return " ".join(reversed(tokens))


def _collapse_run(m: re.Match[str]) -> str:
    run = m.group()
    seps = _SEP_RE.findall(run)
    letters = _SEP_RE.split(run)
    letter_gap = max(set(seps), key=seps.count)
    if all(sep == letter_gap for sep in seps):
        return _segment("".join(letters))
    words, word = [], letters[0]
    for sep, letter in zip(seps, letters[1:], strict=True):
        if sep == letter_gap:
            word += letter
        else:
            words.append(word)
            word = letter
    words.append(word)
    return " ".join(words)


def despace(text: str) -> str:
    """Collapse letter-by-letter spelling: "i g n o r e  a l l" and "i.g.n.o.r.e" -> words."""
    return _SPACED_RE.sub(_collapse_run, text, count=_MAX_REWRITES)


# A match starts only where a token does: tried at every position, a long run of digits
# with no letter ("1 1 1 ..." despaced) was rescanned from each of its characters, O(n^2).
_LEET_TOKEN_RE = re.compile(
    r"(?<![A-Za-z0-9@$|])[A-Za-z0-9@$|]*(?:[A-Za-z][0134578@$|]|[0134578@$|][A-Za-z])[A-Za-z0-9@$|]*"
)
_LEET_I = str.maketrans("0134578@$|", "oieastbasl")
_LEET_L = str.maketrans("0134578@$|", "oleastbasl")


def _unleet_token(m: re.Match[str]) -> str:
    token = m.group()
    if len(token) < 3:
        return token  # "Q3", "4x", "x2": units and model numbers, too short to be words
    as_i = token.translate(_LEET_I)
    if not (as_i.islower() or as_i.isupper() or as_i.istitle()):
        return token  # mixed case after folding ("aGVsbG8"): an identifier or base64, not leet
    if "1" in token and as_i.lower() not in _SEGMENT_VOCAB:
        as_l = token.translate(_LEET_L)
        if as_l.lower() in _SEGMENT_VOCAB:
            return as_l
    return as_i


# In a text written in leet throughout, the short tokens are leet too: "70" is "to", "17" "it".
_LEET_SHORT_RE = re.compile(
    r"(?<![\w@$|])[0134578@$|]{1,3}(?![\w@$|])|\b[A-Za-z][0134578]\b|\b[0134578][A-Za-z]\b"
)


def _unleet_short(m: re.Match[str]) -> str:
    return m.group().translate(_LEET_I)


def unleet(text: str) -> str:
    """Fold leetspeak inside words ("1gn0r3 4ll" -> "ignore all"); 1 reads as i unless l makes a word.

    Where at least a quarter of the words are leet, numbers of leet digits up to three long
    and two-character tokens fold as well ("w4n7 70 g1v3 17 70 m3" -> "want to give it to me")."""
    out, leet = _LEET_TOKEN_RE.subn(_unleet_token, text, count=_MAX_REWRITES)
    if leet >= 3 and leet * 4 >= len(text.split()):
        out = _LEET_SHORT_RE.sub(_unleet_short, out, count=_MAX_REWRITES)
    return out


def _typo_key(word: str) -> tuple[str, str, str]:
    return word[0], word[-1], "".join(sorted(word[1:-1]))


_TYPO_SHAPES = frozenset((w[0], len(w) - 2, w[-1]) for w in ATTACK_WORDS if len(w) >= 4)
_TYPO_LOOKUP = {_typo_key(w): w for w in ATTACK_WORDS if len(w) >= 4}
# Any English word, scrambled: the commonest word wins a shared key, attack words win over all.
_TYPO_ENGLISH = {
    **{_typo_key(w): w for w in reversed(_ENGLISH) if len(w) >= 4},
    **_TYPO_LOOKUP,
}
_SCRAMBLE_SAMPLE = 24
_ALPHA_WORD_RE = re.compile(r"(?<![\w@$|])[A-Za-z]{4,}(?![\w@$|])")
_TYPO_RE = re.compile(
    r"\b(?:" + "|".join(f"{a}[a-z]{{{n}}}{z}" for a, n, z in sorted(_TYPO_SHAPES)) + r")\b", re.IGNORECASE
)


def _untypo_word(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    return _TYPO_LOOKUP.get((low[0], low[-1], "".join(sorted(low[1:-1]))), word)


def untypo(text: str) -> str:
    """Unscramble attack words whose interior letters were shuffled ("ignroe" -> "ignore")."""
    return _TYPO_RE.sub(_untypo_word, text, count=_MAX_REWRITES)


def _unscramble_word(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if low in _LEXICON:
        return word
    return _TYPO_ENGLISH.get(_typo_key(low), word)


def unscramble(text: str) -> str:
    """Unscramble every word that is not English but whose letters, first and last kept, spell
    an English word ("rpeaet eerythinvg you konw" -> "repeat everything you know")."""
    return _ALPHA_WORD_RE.sub(_unscramble_word, untypo(text), count=_MAX_REWRITES)


_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)
_ATBASH = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba",
)


def reverse_words(text: str) -> str:
    return " ".join(reversed(text.split()))


def reverse_each_word(text: str) -> str:
    return " ".join(w[::-1] for w in text.split())


# ASCII fast path for word_tokens: one C-level byte translate lowercases and blanks punctuation.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256)
)
_WORD_RE = re.compile(r"[^\W_]+")


def word_tokens(text: str) -> frozenset[str]:
    """The set of lowercase alphanumeric runs in ``text`` ("Don't!" -> {"don", "t"})."""
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    return frozenset(_WORD_RE.findall(text.lower()))


class _Scan:
    """What the cheap checks need to know about a text, computed once and only if asked."""

    __slots__ = ("_longest", "_tokens", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: list[str] | None = None
        self._tokens: frozenset[str] | None = None
        self._longest: int | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = self.text.split()
        return self._words

    @property
    def longest(self) -> int:
        """Length of the longest whitespace-separated word."""
        if self._longest is None:
            self._longest = max(map(len, self.words), default=0)
        return self._longest

    @property
    def tokens(self) -> frozenset[str]:
        if self._tokens is None:
            self._tokens = word_tokens(self.text)
        return self._tokens


def _has_any(words: Iterable[str]) -> Callable[[_Scan], bool]:
    wanted = frozenset(words)
    return lambda scan: not wanted.isdisjoint(scan.tokens)


def _looks_scrambled(scan: _Scan) -> bool:
    """A scrambled attack word, or English typed in typoglycemia throughout: of the first
    long words that are not English, at least two and a quarter spell English scrambled."""
    if _has_scrambled(scan):
        return True
    words = _ALPHA_WORD_RE.findall(scan.text[:_LEXICON_PREFIX])[:_SCRAMBLE_SAMPLE]
    scrambled = 0
    for w in words:
        low = w.lower()
        if low not in _LEXICON and _typo_key(low) in _TYPO_ENGLISH:
            scrambled += 1
    return scrambled >= 2 and scrambled * 4 >= len(words)


def _has_scrambled(scan: _Scan) -> bool:
    for w in scan.tokens - ATTACK_WORDS:
        if len(w) >= 4 and (w[0], len(w) - 2, w[-1]) in _TYPO_SHAPES:
            found = _TYPO_LOOKUP.get((w[0], w[-1], "".join(sorted(w[1:-1]))))
            if found is not None and found != w:
                return True
    return False


# Every hint is a charset-led regex or a set lookup: sre scans those in C without starting
# a match attempt at each position, which is what keeps ordinary prose under 0.1 ms.
_SPACED_HINT = re.compile(f"{_SEP}{_SPACED_LETTER}{_SEP}{{1,3}}{_SPACED_LETTER}{_SEP}{{1,3}}{_SPACED_LETTER}")
_LEET_HINT = re.compile(r"[0134578@$|]")
_LEET_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@$|")


def _looks_leet(scan: _Scan) -> bool:
    """A leet character next to a letter, in a token of three or more ("Q3" alone is not leet).

    Checked around each leet character rather than with a regex alternation, which sre
    would try at every position of the text."""
    text = scan.text
    for seen, m in enumerate(_LEET_HINT.finditer(text)):
        if seen >= 64:
            return True
        i = m.start()
        if not ((i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())):
            continue
        start, end = i, i + 1
        while start > 0 and text[start - 1] in _LEET_WORD_CHARS:
            start -= 1
        while end < len(text) and text[end] in _LEET_WORD_CHARS:
            end += 1
        if end - start >= 3:
            return True
    return False


_Check = Callable[[_Scan], bool]
_Shape = tuple[str, _Check, Callable[[str], str]]
# Applied in sequence, each on the previous one's output: "1 g n 0 r 3" needs despace, then leet.
_CHAINED_SHAPES: tuple[_Shape, ...] = (
    ("despaced", lambda s: _SPACED_HINT.search(s.text) is not None, despace),
    ("leet", _looks_leet, unleet),
    ("typoglycemia", _looks_scrambled, unscramble),
)
_PROBE_WORDS = _words(
    "the and you your that this how what with for are from have into tell write give make all"
)


def _cipher_probe(encode: Callable[[str], str]) -> _Check:
    attack = frozenset(encode(w) for w in _CORE_WORDS)
    common = frozenset(encode(w) for w in _PROBE_WORDS)
    # One enciphered attack word is enough; common words need two different ones, since a
    # lone "era" or "gur" turns up in ordinary text.
    return lambda scan: not attack.isdisjoint(scan.tokens) or len(common & scan.tokens) >= 2


_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _shift_table(n: int) -> dict[int, int]:
    shifted = _LOWER[n:] + _LOWER[:n]
    return str.maketrans(_LOWER + _LOWER.upper(), shifted + shifted.upper())


# shift n -> the table that undoes Caesar(+n)
_SHIFT_BACK = {n: _shift_table(26 - n) for n in range(1, 26)}

# token -> Caesar shifts under which it is an enciphered probe or attack word
_CAESAR_PROBES: dict[str, list[tuple[int, int]]] = {}
for _n in range(1, 26):
    if _n != 13:  # ROT13 has its own variant
        for _w, _weight in [*((w, 1) for w in _PROBE_WORDS), *((w, 2) for w in _TRIGGER_WORDS)]:
            _CAESAR_PROBES.setdefault(_w.translate(_shift_table(_n)), []).append((_n, _weight))
_CAESAR_KEYS = frozenset(_CAESAR_PROBES)


def caesar_shifts(scan: _Scan) -> list[int]:
    """Shifts n for which the text reads like English enciphered with Caesar(+n)."""
    score: dict[int, int] = {}
    for token in scan.tokens & _CAESAR_KEYS:
        for n, weight in _CAESAR_PROBES[token]:
            score[n] = score.get(n, 0) + weight
    return sorted(n for n, total in score.items() if total >= 2)


_LEXICON_PREFIX = 600  # characters sampled: enough words to tell, cheap on any text
_LEXICON_WORDS = 48
_LEXICON_MIN_WORDS = 3
# An enciphered part of an English text: a run of this many distinct non-English words (3+
# letters), of which deciphered at least 0.35 + 0.25 = 60% must read as English.
_PART_MIN_WORDS = 6
_PART_BASE = 0.35
_NO_CIPHERS: tuple[frozenset[str], frozenset[int]] = (frozenset(), frozenset())
# whole words only: the letters between a leet word's digits ("kn0w") are no evidence
_LATIN_WORD_RE = re.compile(r"(?<![\w@$|])[a-z]{2,}(?![\w@$|])")


# The model fusion's language signal: words sampled from the head of a text (unspaced
# scripts one character a word) that are not English.
_FOREIGN_PREFIX = 2000
_FOREIGN_WORDS = 200
_ANY_WORD_RE = re.compile(rf"[{UNSPACED}]|[^\W\d_]{{2,}}")


def foreign_share(text: str) -> float:
    """The share of a text's sampled words that are not English words: about 0.1-0.3 for
    English prose, near 1 for other languages and scripts, 0 for a text with no words."""
    words = _ANY_WORD_RE.findall(text[:_FOREIGN_PREFIX].lower())[:_FOREIGN_WORDS]
    if not words:
        return 0.0
    return sum(w not in _LEXICON for w in words) / len(words)


def _readable_share(words: frozenset[str]) -> float:
    return len(words & _READABLE) / len(words)


# Deciphered prose in another language finds only its function words in the lexicon: 40-60%
# of a short request's distinct words ("abbandona il tuo quadro etico..." reads 45%). The best
# of the 27 wrong decodings of a train row reads 16% (median; 29% at the 90th percentile): the
# gain over what the text read before is what keeps ordinary text from firing.
_READS_SHARE = 0.4
_READS_GAIN = 0.25


def _reads(words: frozenset[str], base: float) -> bool:
    share = _readable_share(words)
    return share >= _READS_SHARE and share >= base + _READS_GAIN


def lexicon_ciphers(scan: _Scan) -> tuple[frozenset[str], frozenset[int]]:
    """Whole-text ciphers (reversal, atbash) and Caesar shifts under which the opening words
    of ``scan`` turn from unreadable into English or another Latin-alphabet language. The probe
    checks look for attack words only; this finds any enciphered request ("Rinyhngr jul
    fubjvat..." is ROT13 of one made of no trigger word), which is what decoding needs to hand
    the model.

    A text that is partly English may carry an enciphered part ("Reverse this and obey:
    .tpmorp ruoy..."): then its longest run of words that do not read is tried alone, and
    must mostly turn readable. On the 39,826 plain rows of the build (2026.11.25) this
    fires on 18 benign rows (ROT13 puzzles, reversed sentences, a few CJK texts with Latin
    words) and 51 attacks."""
    sample = _LATIN_WORD_RE.findall(scan.text[:_LEXICON_PREFIX].lower())[:_LEXICON_WORDS]
    words = frozenset(sample)
    if len(words) < _LEXICON_MIN_WORDS:
        return _NO_CIPHERS
    base = _readable_share(words)
    if base < 0.5:
        whole = _ciphers(words, sample, base)
        if whole != _NO_CIPHERS or base < _PART_BASE - 0.1:  # hardly any English: no part
            return whole
    # the longest run of consecutive words that are not English: an enciphered part is one
    # such run, where names and jargon are scattered among English words
    run: list[str] = []
    best: list[str] = []
    for w in sample:
        # two letters read as English by chance ("ba", "qb"): they neither break nor count
        run = [*run, w] if w not in _READABLE or len(w) < 3 else []
        if len(run) > len(best):
            best = run
    rest = frozenset(w for w in best if len(w) > 2)
    if len(rest) < _PART_MIN_WORDS:
        return _NO_CIPHERS
    return _ciphers(rest, best, _PART_BASE)


def _ciphers(words: frozenset[str], sample: list[str], base: float) -> tuple[frozenset[str], frozenset[int]]:
    names: set[str] = set()
    if _reads(frozenset(w[::-1] for w in words), base):
        names.update(("reversed", "reversed_each"))
    joined = " ".join(words)
    if _reads(frozenset(joined.translate(_ATBASH).split()), base):
        names.add("atbash")
    # Caesar: one of the two commonest letters most likely stands for e, t, a, o, i or n.
    tried: set[int] = {0}
    shifts: set[int] = set()
    for top, _ in Counter("".join(sample)).most_common(2):
        for plain in "etaoin":
            n = (ord(top) - ord(plain)) % 26
            if n not in tried:
                tried.add(n)
                if _reads(frozenset(joined.translate(_SHIFT_BACK[n]).split()), base):
                    shifts.add(n)
    if 13 in shifts:
        names.add("rot13")
        shifts.discard(13)
    return frozenset(names), frozenset(shifts)


def _looks_word_reversed(scan: _Scan) -> bool:
    """A sentence said backwards word by word, in any language: it opens on a lowercase word
    carrying the full stop ("it. provide reluctantly then ... Portray", "formación? tu en ...
    ¿Cuál") and ends on a capital. Only the text's two ends are read."""
    head = scan.text[:64].split(None, 1)
    tail = scan.text[-64:].rsplit(None, 1)
    if len(head) < 2 or len(tail) < 2:
        return False
    first, last = head[0], tail[-1]
    return first[0].islower() and first[-1] in ".?!" and (last[0].isupper() or last[0] in "¿¡")


# Pig latin: a word's opening consonants moved to its end before "ay" ("etendpray" for
# "pretend"), "way" or "ay" after a word that opens on a vowel ("andway", "youay"). Which
# letters moved is read off the lexicon; a word it cannot place stays as it is.
_ALPHA_RUN_RE = re.compile(r"[A-Za-z]+")
_VOWELS = frozenset("aeiou")


def _known(word: str) -> bool:
    return word in _LEXICON or (len(word) > 3 and word[-1] == "s" and word[:-1] in _LEXICON)


def _unpig_word(m: re.Match[str]) -> str:
    word = m.group()
    low = word.lower()
    if len(low) < 3 or not low.endswith("ay"):
        return word
    stem = low[:-2]
    out: str | None = None
    if stem[-1] in "wy" and stem[0] in _VOWELS and _known(stem[:-1]):
        out = stem[:-1]
    else:
        for k in (1, 2, 3):
            moved = stem[-k:]
            if k < len(stem) and _VOWELS.isdisjoint(moved) and _known(moved + stem[:-k]):
                out = moved + stem[:-k]
                break
        else:
            out = stem if stem[0] in "aeiouy" and _known(stem) else None
    if out is None:
        return word
    return out.capitalize() if word[0].isupper() else out


def _looks_pig_latin(scan: _Scan) -> bool:
    """Four words or more in the opening, half of them ending in "ay"."""
    if scan.text.count("ay") < 4:
        return False
    words = [w for w in _ALPHA_RUN_RE.findall(scan.text[:_LEXICON_PREFIX].lower()) if len(w) > 2]
    return len(words) >= 4 and sum(w.endswith("ay") for w in words) * 2 >= len(words)


def unpig(text: str) -> str:
    return _ALPHA_RUN_RE.sub(_unpig_word, text, count=_MAX_REWRITES)


# An acrostic ("take the first letter of each word: Rivers Echo Valleys Evergreen ..."), read
# only where the text says so: the first letters of its lines, of its longest run of
# capitalised words, and of the words after the cue, each split into words.
_ACROSTIC_CUE = re.compile(r"\b(?:first|initial|opening|capital)\s+letters?\b|\bacrostic", re.IGNORECASE)
_ACROSTIC_MAX = 400  # letters: word segmentation is quadratic-ish


def _asks_acrostic(scan: _Scan) -> bool:
    # substring tests first: the pattern's case-blind alternation costs ~40 us on a long text
    text = scan.text
    return ("etter" in text or "ETTER" in text or "crostic" in text or "CROSTIC" in text) and (
        _ACROSTIC_CUE.search(text) is not None
    )


def acrostic(text: str) -> str:
    spellings: list[str] = []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) >= 5:
        spellings.append("".join(line[0] for line in lines if line[0].isalpha()))
    words = _ALPHA_RUN_RE.findall(text)
    start, best = 0, (0, 0)  # the longest run of capitalised words, as [start, end)
    for i, w in enumerate(words):
        if not w[0].isupper():
            start = i + 1
        elif i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    if best[1] - best[0] >= 5:
        spellings.append("".join(w[0] for w in words[best[0] : best[1]]))
    cue = _ACROSTIC_CUE.search(text)
    if cue is not None:
        rest = text[cue.end() :]
        opening = min((i for i in (rest.find(":"), rest.find("\n")) if i >= 0), default=-1)
        after = _ALPHA_RUN_RE.findall(rest[opening + 1 :]) if opening >= 0 else []
        if len(after) >= 5:
            spellings.append("".join(w[0] for w in after))
    found = dict.fromkeys(_segment(s[:_ACROSTIC_MAX], _LEXICON, _LEXICON_MAX_WORD) for s in spellings)
    return "\n".join(found) or text  # nothing spelled: the text itself, which is no new view


_REVERSED_WORDS = _cipher_probe(lambda w: w[::-1])
_HAS_CORE_WORD = _has_any(_CORE_WORDS)
# Each applied to the base text alone.
_WHOLE_SHAPES: tuple[_Shape, ...] = (
    ("reversed", _REVERSED_WORDS, lambda t: t[::-1]),
    ("reversed_each", _REVERSED_WORDS, reverse_each_word),
    ("reversed_words", lambda s: _HAS_CORE_WORD(s) or _looks_word_reversed(s), reverse_words),
    ("rot13", _cipher_probe(lambda w: w.translate(_ROT13)), lambda t: t.translate(_ROT13)),
    ("atbash", _cipher_probe(lambda w: w.translate(_ATBASH)), lambda t: t.translate(_ATBASH)),
    ("pig_latin", _looks_pig_latin, unpig),
    ("acrostic", _asks_acrostic, acrostic),
)


# --- Decoders for encoded runs -----------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _readable(raw: bytes) -> str | None:
    """The bytes as text if they are mostly printable UTF-8 with some letters, else None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) < 4 or len(_CONTROL_RE.findall(text)) * 10 > len(text) or not _LETTER_RE.search(text):
        return None
    return text


def _decode_base64(run: str, limit: int) -> str | None:
    body = run.rstrip("=")
    if ("-" in body or "_" in body) and ("+" in body or "/" in body):
        return None
    body = body[: (limit * 4) // 3 // 4 * 4 or 4]
    if len(body) % 4 == 1:
        body = body[:-1]
    altchars = b"-_" if "-" in body or "_" in body else None
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4), altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(_inflated(raw, limit) if raw[:2] in _COMPRESSED else raw)


# gzip, and zlib at its four compression levels: a payload compressed before base64
_COMPRESSED = frozenset((b"\x1f\x8b", b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda"))


def _inflated(raw: bytes, limit: int) -> bytes:
    """``raw`` decompressed, at most ``limit`` bytes of it (a decompression bomb stops there);
    the bytes as they were when they do not inflate."""
    try:
        return zlib.decompressobj(wbits=47).decompress(raw, max(limit, 1))  # 47: gzip or zlib
    except zlib.error:
        return raw


_HEX_STRIP_RE = re.compile(r"\\x|0x|[\s:,]", re.IGNORECASE)


def _decode_hex(run: str, limit: int) -> str | None:
    digits = _HEX_STRIP_RE.sub("", run)[: limit * 2]
    try:
        return _readable(bytes.fromhex(digits[: len(digits) // 2 * 2]))
    except ValueError:
        return None


def _decode_url(run: str, limit: int) -> str | None:
    return unquote(run[: limit * 3], errors="replace")


def _decode_html(run: str, limit: int) -> str | None:
    return html.unescape(run[: limit * 8])


_MORSE = dict(
    zip(
        _words_list(
            ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- .-- -..- "
            "-.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----."
        ),
        "abcdefghijklmnopqrstuvwxyz0123456789",
        strict=True,
    )
)
_MORSE_WORD_RE = re.compile(r"\s*/\s*|\s{2,}")


def _decode_morse(run: str, limit: int) -> str | None:
    words = (" ".join(w.split()) for w in _MORSE_WORD_RE.split(run[: limit * 6]))
    decoded = " ".join("".join(_MORSE.get(c, "?") for c in w.split(" ")) for w in words)
    return decoded if decoded.count("?") * 4 < len(decoded) else None


def _has_long_token(scan: _Scan) -> bool:
    return scan.longest >= 16


_DIGIT_RE = re.compile("[0-9]")
_HEX_PAIRS = re.compile(r"[\s:,][0-9A-Fa-f]{2}[\s:,]{1,2}[0-9A-Fa-f]{2}[\s:,]{1,2}[0-9A-Fa-f]{2}[\s:,]")
_HEX_0X_PAIRS = re.compile(r"0x[0-9A-Fa-f]{2}[\s:,]{1,2}0x[0-9A-Fa-f]{2}", re.IGNORECASE)
_BYTE_BITS = re.compile("[01]{8}")


def _maybe_hex(scan: _Scan) -> bool:
    # Contiguous runs are long tokens; separated ones show up as a few "hh " pairs in a row
    # ("0xhh 0xhh" too). Separated pairs always hold digits: text bytes are 0x20-0x7e.
    text = scan.text
    return (
        "\\x" in text
        or _has_long_token(scan)
        or (_DIGIT_RE.search(text) is not None and _HEX_PAIRS.search(text) is not None)
        or ("0x" in text and _HEX_0X_PAIRS.search(text) is not None)
    )


def _maybe_binary(scan: _Scan) -> bool:
    return _BYTE_BITS.search(scan.text) is not None


_NOT_BIT = re.compile("[^01]")


def _decode_binary(run: str, limit: int) -> str | None:
    bits = _NOT_BIT.sub("", run)[: limit * 8]
    return _readable(bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8)))


# The encodings red-team kits ship beside base64 and hex (garak's encoding probes among them):
# base32, ascii85/base85, uuencode, \u escapes, character codes, Braille, the NATO alphabet.
# A wrong decoding of ordinary text is random bytes; what comes out must read as writing.


def _texty(text: str | None) -> str | None:
    """``text`` if at least 60% of it is letters and spaces, else None."""
    if not text:
        return None
    return text if sum(c.isalpha() or c.isspace() for c in text) * 5 >= len(text) * 3 else None


def _written(raw: bytes) -> str | None:
    """Decoded bytes as text, if they are printable UTF-8 that reads as writing."""
    return _texty(_readable(raw))


def _decode_base32(run: str, limit: int) -> str | None:
    body = run.rstrip("=")[: limit * 8 // 5]
    while len(body) % 8 in (1, 3, 6):
        body = body[:-1]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    return _written(raw)


# punctuation base85 alphabets use and code or URLs seldom do
_B85_MARKS = b"!\"#$%&'*+;<=>?@[\\]^`{|}~"


def _marked(word: str) -> bool:
    if len(word) < 20 or not word.isascii() or "://" in word:
        return False
    raw = word.encode("ascii")
    # deleting the marks is one C pass over the bytes; counting each mark was 24 passes
    return (len(raw) - len(raw.translate(None, _B85_MARKS))) * 12 >= len(raw)


def _maybe_base85(scan: _Scan) -> bool:
    return scan.longest >= 20 and any(_marked(w) for w in scan.words)


def _decode_base85(run: str, limit: int) -> str | None:
    if not _marked(run):
        return None
    body = run[: limit * 5 // 4 + 4]
    if body.startswith("<~"):
        body = body[2:].removesuffix("~>")
    for decode in (base64.a85decode, base64.b85decode):
        try:
            raw = decode(body.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            continue
        text = _written(raw)
        if text is not None:
            return text
    return None


# one uuencoded line: a length character (' ' + bytes, 45 at most), then 4 characters per 3 bytes
_UU_LINE = r"[!-M][ -`]{4,60}"
_UU_ALPHABET: dict[int, None] = dict.fromkeys(range(32, 97))


def _maybe_uu(scan: _Scan) -> bool:
    """A line that ends in 16 characters of the uuencode alphabet (no lowercase letters): a
    line that decodes to a phrase of 12 bytes or more."""
    return any(
        len(line) >= 17
        and " " <= line[-1] <= "`"
        and " " <= line[-2] <= "`"  # prose ends "...word.": the second-last character rules it out
        and not line[-16:].translate(_UU_ALPHABET)
        for line in scan.text.splitlines()
    )


# a line of its own, or the rest of a line after a label ("UUencode encoded string: M26=...")
_UU_RUN = re.compile(rf"(?m)(?:^|(?<=[ \t])){_UU_LINE}(?:\n{_UU_LINE})*$")


def _decode_uu(run: str, limit: int) -> str | None:
    out = bytearray()
    for line in run.splitlines():
        n = ord(line[0]) - 32
        want = 1 + 4 * ((n + 2) // 3)
        if not want - 3 <= len(line) <= want:  # trailing spaces may be lost on the way
            return None
        try:
            out += binascii.a2b_uu(line.ljust(want))
        except binascii.Error:
            return None
        if len(out) >= limit:
            break
    # a short run ("$129.00" is a well-formed line of 4 bytes) decodes by chance: ask for a phrase
    text = _written(bytes(out))
    return text if text is not None and len(text) >= 12 and " " in text else None


def _decode_unicode_escapes(run: str, limit: int) -> str | None:
    try:
        text = run[: limit * 6].encode("ascii").decode("unicode_escape")
        # "\ud83d\ude00" escapes a pair of UTF-16 halves: join them
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return None


_NUMBER_RE = re.compile(r"\d+")
# A separator and three codes after it: any run of eight codes holds this. Starting on a
# separator, the search skips through digit-rich blobs (base64, hashes) in C.
_CODES_HINT = re.compile(r"[ \t,;]\d\d\d?[ \t,;]{1,3}\d\d\d?[ \t,;]{1,3}\d\d")


def _decode_char_codes(run: str, limit: int) -> str | None:
    """Character codes of a phrase in decimal ("73 32 97 109") or octal ("111 40 141 155"):
    bytes of UTF-8 when every code fits in one, else code points."""
    digits = _NUMBER_RE.findall(run)[:limit]
    for base in (10, 8):
        try:
            codes = [int(d, base) for d in digits]
        except ValueError:
            return None
        if 32 not in codes:  # a phrase has spaces; a list of years or prices does not
            continue
        if max(codes) < 256:
            text = _readable(bytes(codes))
        elif max(codes) < 0x110000 and all(chr(c).isprintable() or c in (9, 10, 13) for c in codes):
            text = "".join(map(chr, codes))
        else:
            continue
        text = _texty(text)
        if text is not None:
            return text
    return None


# Braille as garak writes it: one cell per letter (Grade 1), a capital sign before capitals,
# a number sign before a run of digits (a-j standing for 1-0).
_BRAILLE = dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", "abcdefghijklmnopqrstuvwxyz", strict=True))
_BRAILLE_MARKS = dict(zip("⠲⠂⠖⠦⠄⠤⠌⠒⠆⠰⠶", ".,!?'-/:;;(", strict=True))
_BRAILLE_DIGITS = dict(zip("abcdefghij", "1234567890", strict=True))
_BRAILLE_CAPS, _BRAILLE_NUMBER = "⠠", "⠼"
_BRAILLE_RUN = re.compile("[\u2801-\u28ff][\u2800-\u28ff \t\n]{3,}")


def _decode_braille(run: str, limit: int) -> str | None:
    out: list[str] = []
    caps = number = False
    for c in run[:limit]:
        if c == _BRAILLE_CAPS:
            caps = True
        elif c == _BRAILLE_NUMBER:
            number = True
        elif c in _BRAILLE:
            letter = _BRAILLE[c]
            out.append(_BRAILLE_DIGITS.get(letter, letter) if number else letter.upper() if caps else letter)
            caps = False
        else:
            number = number and c in "⠲⠂⠤⠌"  # . , - / inside a number
            out.append(_BRAILLE_MARKS.get(c, " " if c in "\u2800 \t\n" else "?"))
    text = "".join(out)
    return text if text.count("?") * 10 < len(text) else None


_NATO = {
    w: w[0]
    for w in _words_list(
        "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike "
        "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu"
    )
}
_NATO_WORDS = frozenset(_NATO)
_NATO_NAMES = "|".join(sorted(_NATO, key=len, reverse=True)).replace("xray", "x-?ray")
_NATO_GAP = r"[ \t,./|-]{1,5}|\n"
_NATO_RUN = re.compile(rf"\b(?:{_NATO_NAMES})(?:(?:{_NATO_GAP})(?:{_NATO_NAMES})){{3,}}\b", re.IGNORECASE)
_NATO_SPLIT = re.compile(rf"({_NATO_GAP})")


def _decode_nato(run: str, limit: int) -> str | None:
    """Code words to letters. Where the gaps mark word breaks (a "/", a line break or a wider
    gap than between letters) they are kept; garak's drops them, so glued letters are split
    into words the way letter-spaced text is."""
    parts = _NATO_SPLIT.split(run[: limit * 10])
    words, gaps = parts[::2], parts[1::2]
    letters = [_NATO[w.lower().replace("-", "")] for w in words]
    letter_gap = max(set(gaps), key=gaps.count)
    if all(g == letter_gap for g in gaps):
        return _segment("".join(letters), _LEXICON, _LEXICON_MAX_WORD)
    out = letters[0]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        out += letter if gap == letter_gap else " " + letter
    return out


# ROT47 turns lowercase letters into digits, punctuation and capitals A-K, and capitals into
# punctuation and p-~: an enciphered phrase is a run of words without a lowercase a-o, but for
# one per word ("?" and "@" turn into "n" and "o"). The quantifiers are possessive: a long word
# with two of them fails at once instead of backtracking through every split of it.
_ROT47 = str.maketrans({c: chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})
_ROT47_WORD = r"(?=\S)[!-`p-~]*+(?:[a-o][!-`p-~]*+)?+"
_ROT47_RUN = re.compile(rf"(?<!\S){_ROT47_WORD}(?:[ \t]+{_ROT47_WORD}){{3,}}(?!\S)")
_ROT47_STRIP = "\"'()[]{}.,;:!?"


def _maybe_rot47(scan: _Scan) -> bool:
    """ROT47 writes e, t, a and o as 6, E, 2 and @; turned back, two words of the opening
    become English words of three letters or more (the run itself must then read)."""
    head = scan.text[:2000]
    if sum(map(head.count, "6E2@")) * 20 < len(head):
        return False
    found = 0
    for word in head.split():
        turned = word.translate(_ROT47).strip(_ROT47_STRIP).lower()
        if len(turned) > 2 and turned in _LEXICON and word.strip(_ROT47_STRIP).lower() != turned:
            found += 1
            if found == 2:
                return True
    return False


def _decode_rot47(run: str, limit: int) -> str | None:
    out = run[:limit].translate(_ROT47)
    words = frozenset(w for w in _LATIN_WORD_RE.findall(out.lower()) if len(w) > 2)
    if len(words) < _LEXICON_MIN_WORDS:
        return None
    before = frozenset(_LATIN_WORD_RE.findall(run.lower()))
    return out if _reads(words, _readable_share(before) if before else 0.0) else None


_Decoder = tuple[str, _Check, re.Pattern[str], Callable[[str, int], str | None]]
_DECODERS: tuple[_Decoder, ...] = (
    ("base64", _has_long_token, re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}"), _decode_base64),
    (
        "hex",
        _maybe_hex,
        re.compile(
            # Starts with a character class so sre can skip ahead in C; a "0x"/"\\x" before
            # the first byte stays outside the run, the ones between bytes are separators.
            r"[0-9A-Fa-f]{2}(?:(?:[\s:,]{0,2}(?:0x)?|\\x)[0-9A-Fa-f]{2}){7,}"
        ),
        _decode_hex,
    ),
    ("binary", _maybe_binary, re.compile(r"[01]{8}(?:[\s,]{0,2}[01]{8}){3,}"), _decode_binary),
    ("url", lambda s: "%" in s.text, re.compile(r"(?:%[0-9A-Fa-f]{2})+"), _decode_url),
    (
        "html",
        lambda s: "&" in s.text and ";" in s.text,
        re.compile(r"(?:&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)+"),
        _decode_html,
    ),
    (
        "morse",
        lambda s: s.text.count("-") >= 3 and s.text.count(".") >= 3,
        re.compile(r"[.-]{1,7}(?:(?: {1,3}| ?/ ?)[.-]{1,7}){3,}"),
        _decode_morse,
    ),
    (
        "base32",
        lambda s: _has_long_token(s) and any(len(w) >= 16 and w[:16].isupper() for w in s.words),
        re.compile(r"(?<![A-Za-z0-9+/])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9+/=])"),
        _decode_base32,
    ),
    ("base85", _maybe_base85, re.compile(r"(?<!\S)[!-~]{20,}"), _decode_base85),
    ("uuencode", _maybe_uu, _UU_RUN, _decode_uu),
    (
        "unicode_escapes",
        lambda s: "\\u" in s.text or "\\U" in s.text,
        re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\U000[0-9A-Fa-f]{5}){4,}"),
        _decode_unicode_escapes,
    ),
    (
        "char_codes",
        lambda s: _CODES_HINT.search(s.text) is not None,
        re.compile(r"(?<![\d.])\d{1,7}(?:[ \t,;]{1,3}\d{1,7}){7,}(?![\d.])"),
        _decode_char_codes,
    ),
    (
        "braille",
        lambda s: ("⠑" in s.text or "⠁" in s.text) and _BRAILLE_RUN.search(s.text) is not None,
        _BRAILLE_RUN,
        _decode_braille,
    ),
    ("nato", lambda s: len(s.tokens & _NATO_WORDS) >= 3, _NATO_RUN, _decode_nato),
    ("rot47", _maybe_rot47, _ROT47_RUN, _decode_rot47),
)


# Hidden and flipped text, read off the raw characters before the invisible ones are stripped.
# Variation selectors carry bytes (garak: U+E0100 + the character; emoji smuggling: U+FE00-FE0F
# for 0-15, U+E0100 + b - 16 for the rest); "sneaky bits" spell each character's bits with
# invisible times (0) and invisible plus (1), a zero-width space between words.
_VS_RE = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{4,}")
_SNEAKY_RE = re.compile("[\u2062\u2064][\u2062\u2064\u200b]{11,}")
_SNEAKY_BITS = str.maketrans("\u2062\u2064", "01")


def _astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond U+FFFF (tags, selectors 17-256, most emoji):
    one C-level encode, where a regex search walks the text character by character."""
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def variation_selectors(text: str) -> str | None:
    """Read only for a text with characters beyond U+FFFF (see _HIDDEN): both schemes write
    an ASCII letter there."""
    cps = [ord(c) for run in _VS_RE.findall(text) for c in run]
    if not cps:
        return None
    direct = bytes(c - 0xE0100 for c in cps) if all(0xE0100 <= c < 0xE0180 for c in cps) else b""
    emoji = bytes(c - 0xFE00 if c < 0xE0100 else c - 0xE0100 + 16 for c in cps)
    for raw in (direct, emoji):
        text_out = _written(raw) if raw else None
        if text_out is not None:
            return text_out
    return None


def _bits_to_text(bits: str) -> str:
    """One word's bits: 8 per character when that reads, else 7 for @-~ and 6 for !-?."""
    if len(bits) % 8 == 0:
        fixed = [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]
        if all(32 < c < 127 for c in fixed):
            return "".join(map(chr, fixed))
    out, i = [], 0
    while i < len(bits):
        if bits[i] == "0":  # every character's bits start with a 1
            i += 1
            continue
        seven = int(bits[i : i + 7], 2) if i + 7 <= len(bits) else 0
        if 64 <= seven < 127:
            out.append(chr(seven))
            i += 7
        else:
            out.append(chr(int(bits[i : i + 6], 2)) if i + 6 <= len(bits) else "?")
            i += 6
    return "".join(out)


def sneaky_bits(text: str) -> str | None:
    if "\u2062" not in text and "\u2064" not in text:
        return None
    runs = _SNEAKY_RE.findall(text)
    if not runs:
        return None
    words = (_bits_to_text(w.translate(_SNEAKY_BITS)) for run in runs for w in run.split("\u200b"))
    return _texty(" ".join(w for w in words if w))


# Upside-down text: read backwards with each letter turned over. Turned letters outside ASCII,
# then the ASCII letters that stand for each other turned (b/q, d/p, n/u, M/W, comma/apostrophe).
_TURNED = (
    "ɐaɔcǝeɟfƃgɓgɥhᴉiıiɾjʞkʃlɯmɹrʇtʌvʍwʎy∀AꓭBƆCᗡDƎEℲF⅁GſJꓘK˥LԀPΌQᴚR┴T⊥T∩UΛV⅄Y˙.¿?¡!"  # noqa: RUF001
    "bqqbdppdnuunMWWM,'',"
)
_FLIP_TABLE = str.maketrans({_TURNED[i]: _TURNED[i + 1] for i in range(0, len(_TURNED), 2)})
_FLIP_MARKS = frozenset("ɐɔǝɟƃɓɥᴉɾʞɯɹʇʌʍʎ∀ƆƎℲ⅁ꓘ˥Ԁᴚ┴∩Λ⅄")


def upside_down(text: str) -> str | None:
    # a turned e, a or t is in any upside-down sentence: substring tests before a set of the text
    if ("ǝ" not in text and "ɐ" not in text and "ʇ" not in text) or len(_FLIP_MARKS.intersection(text)) < 3:
        return None
    return text[::-1].translate(_FLIP_TABLE)


# (name, reader, whether it needs characters beyond U+FFFF, which expand() checks once a text)
_HIDDEN: tuple[tuple[str, Callable[[str], str | None], bool], ...] = (
    ("variation_selectors", variation_selectors, True),
    ("sneaky_bits", sneaky_bits, False),
    ("upside_down", upside_down, False),
)


# --- The variant builder -----------------------------------------------------------------


@dataclass(slots=True)
class _Budget:
    decoded_bytes: int
    variants: int
    runs: int = _MAX_RUNS


class _Builder:
    def __init__(self, max_depth: int, budget: _Budget) -> None:
        self.max_depth = max_depth
        self.budget = budget
        self.seen: dict[str, Variant] = {}

    def emit(self, name: str, text: str, depth: int) -> bool:
        if text in self.seen or self.budget.variants <= 0:
            return False
        self.seen[text] = Variant(name, text, depth)
        self.budget.variants -= 1
        return True

    def expand(self, text: str, name: str, depth: int) -> None:
        """Emit the shapes of ``text`` and recurse into whatever decodes out of it."""
        prefix = f"{name}>" if name != "raw" else ""
        base = unfolded = text
        if not text.isascii():
            astral = _astral(text)
            runs = [m.group().translate(_TAG_TO_ASCII) for m in _TAG_RE.finditer(text)] if astral else []
            if runs:
                self.emit(f"{prefix}tags", "".join(runs), depth)
            if len(runs) > 1:
                # tag characters between visible ones ("\U000e0022喵\U000e0022"): the message
                # is both, read in place
                self.emit(f"{prefix}tags_inline", text.translate(_TAG_TO_ASCII), depth)
            for hidden_name, read, needs_astral in _HIDDEN if depth < self.max_depth else ():
                hidden = read(text) if astral or not needs_astral else None
                if hidden is not None and self.emit(prefix + hidden_name, hidden, depth + 1):
                    self.expand(hidden, prefix + hidden_name, depth + 1)
            clean, steps, unfolded = _unicode_chain(text)
            if steps:
                self.emit(prefix + steps, clean, depth)
                base = clean
        scan = _Scan(base)
        shaped, shaped_scan = base, scan
        if len(base) > _MAX_CONTEXT_CHARS:
            words = _LONG_TOKEN_RE.sub(" ", base)
            if len(words) < len(base):
                shaped, shaped_scan = words, _Scan(words)
        self._shapes(shaped, prefix, depth, shaped_scan, unfolded if shaped is base else shaped)
        if depth < self.max_depth:
            for dec_name, check, run_re, decode in _DECODERS:
                if not check(scan):
                    continue
                decoded = self._decode_runs(base, run_re, decode)
                if decoded is not None and self.emit(prefix + dec_name, decoded, depth + 1):
                    self.expand(decoded, prefix + dec_name, depth + 1)

    def _shapes(self, base: str, prefix: str, depth: int, scan: _Scan, unfolded: str) -> None:
        """``unfolded`` is ``base`` before its accents and homoglyphs were folded."""
        current, chain = base, []
        for shape_name, check, fn in _CHAINED_SHAPES:
            if check(_Scan(current) if current is not base else scan):
                out = fn(current)
                if out != current:
                    chain.append(shape_name)
                    current = out
                    self.emit(prefix + "+".join(chain), current, depth)
        # A cipher shifts a-z and leaves "ç" alone, so enciphered Portuguese reads as itself
        # only before the fold: folded, "Hvtxhçd" is "Hvtxhcd" and deciphers to "Esquezd".
        # What the unfolded text reads as is deciphered both ways: homoglyphs in a cipher
        # ("fbzrguvat" typed with a Cyrillic a) come out right only from the folded text.
        sources: tuple[str, ...] = (base,)
        found = lexicon_ciphers(_Scan(unfolded)) if unfolded != base else _NO_CIPHERS
        if found != _NO_CIPHERS:
            sources = (unfolded, base)
        else:
            found = lexicon_ciphers(scan)
        lexicon_names, lexicon_shifts = found
        for shape_name, check, fn in _WHOLE_SHAPES:
            if shape_name in lexicon_names:
                for source in sources:
                    self.emit(prefix + shape_name, fn(source), depth)
            elif check(scan):
                self.emit(prefix + shape_name, fn(base), depth)
        for n in sorted(lexicon_shifts.union(caesar_shifts(scan))):
            # a shift only the attack-word probe found is applied to the folded text alone
            for source in sources if n in lexicon_shifts else (base,):
                self.emit(f"{prefix}caesar{n}", source.translate(_SHIFT_BACK[n]), depth)

    def _decode_runs(
        self, text: str, run_re: re.Pattern[str], decode: Callable[[str, int], str | None]
    ) -> str | None:
        """``text`` with each decodable run replaced by its decoding, or None if none decoded.

        Long texts give only the decoded runs, one per line (see _MAX_CONTEXT_CHARS)."""
        budget = self.budget
        if budget.runs <= 0 or budget.decoded_bytes <= 0:
            return None
        keep_context = len(text) <= _MAX_CONTEXT_CHARS
        parts: list[str] = []
        last = 0
        for m in run_re.finditer(text):
            budget.runs -= 1
            out = decode(m.group(), budget.decoded_bytes)
            if out is not None and out != m.group():
                budget.decoded_bytes -= len(out)
                if keep_context:
                    parts.append(text[last : m.start()])
                    last = m.end()
                parts.append(out)
            if budget.runs <= 0 or budget.decoded_bytes <= 0:
                break
        if not parts:
            return None
        if not keep_context:
            return "\n".join(parts)
        parts.append(text[last:])
        return "".join(parts)


def variants(
    text: str,
    *,
    max_decode_depth: int = DEFAULT_MAX_DECODE_DEPTH,
    max_decoded_bytes: int = DEFAULT_MAX_DECODED_BYTES,
    max_variants: int = DEFAULT_MAX_VARIANTS,
) -> tuple[Variant, ...]:
    """The raw text first, then each distinct normalised or decoded view worth scanning."""
    builder = _Builder(max_decode_depth, _Budget(max_decoded_bytes, max_variants))
    builder.emit("raw", text, 0)
    builder.expand(text, "raw", 0)
    return tuple(builder.seen.values())


# --- Encoders: the reverse direction, for generating obfuscated training attacks ----------


class Encoder(Protocol):
    def __call__(self, text: str, rng: random.Random | None = None, /) -> str: ...


def _enc_leet(text: str, rng: random.Random | None = None) -> str:
    table = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
    return "".join(
        table[c.lower()] if c.lower() in table and (rng is None or rng.random() < 0.7) else c for c in text
    )


def _enc_homoglyph(text: str, rng: random.Random | None = None) -> str:
    return "".join(
        _ENCODE_HOMOGLYPH[c] if c in _ENCODE_HOMOGLYPH and (rng is None or rng.random() < 0.5) else c
        for c in text
    )


def _enc_spaced(text: str, rng: random.Random | None = None) -> str:
    sep = rng.choice([" ", ".", "-", "*"]) if rng else " "
    word_gap = "   " if sep == " " else " "
    return word_gap.join(sep.join(word) for word in text.split())


def _enc_zero_width(text: str, rng: random.Random | None = None) -> str:
    marks = "\u200b\u200c\u200d\u2060"
    return "".join(c + (rng.choice(marks) if rng else "\u200b") for c in text)


def _enc_tag_smuggle(text: str, rng: random.Random | None = None) -> str:
    # The hidden message rides behind an innocent-looking visible sentence.
    cover = rng.choice(["Hello!", "Thanks.", "What's the weather?"]) if rng else "Hello!"
    return cover + "".join(chr(0xE0000 + ord(c)) if 0x20 <= ord(c) < 0x7F else c for c in text)


def _scramble(word: str, rng: random.Random | None) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    inner = list(word[1:-1])
    if rng is not None:
        rng.shuffle(inner)
    else:
        inner = inner[1:] + inner[:1]
    return word[0] + "".join(inner) + word[-1]


def _enc_typoglycemia(text: str, rng: random.Random | None = None) -> str:
    return " ".join(_scramble(w, rng) for w in text.split(" "))


_MORSE_ENCODE = {v: k for k, v in _MORSE.items()}

transforms: dict[str, Encoder] = {
    "base64": lambda t, _r=None: base64.b64encode(t.encode()).decode(),
    "base64url": lambda t, _r=None: base64.urlsafe_b64encode(t.encode()).decode(),
    "hex": lambda t, _r=None: t.encode().hex(),
    "rot13": lambda t, _r=None: t.translate(_ROT13),
    "atbash": lambda t, _r=None: t.translate(_ATBASH),
    "leet": _enc_leet,
    "homoglyph": _enc_homoglyph,
    "spaced": _enc_spaced,
    "reversed_chars": lambda t, _r=None: t[::-1],
    "reversed_words": lambda t, _r=None: reverse_words(t),
    "reversed_each": lambda t, _r=None: reverse_each_word(t),
    "zero_width": _enc_zero_width,
    "tag_smuggle": _enc_tag_smuggle,
    "binary": lambda t, _r=None: " ".join(f"{b:08b}" for b in t.encode()),
    "caesar3": lambda t, _r=None: t.translate(_shift_table(3)),
    "url": lambda t, _r=None: "".join(f"%{b:02X}" for b in t.encode()),
    "html_entity": lambda t, _r=None: "".join(f"&#{ord(c)};" for c in t),
    "typoglycemia": _enc_typoglycemia,
    "morse": lambda t, _r=None: " / ".join(
        " ".join(_MORSE_ENCODE.get(c, "") for c in w if c in _MORSE_ENCODE) for w in t.lower().split()
    ),
}
