"""Write guardproxy/detect/latin_words.txt, the other languages' words the cipher check reads.

``python -m tools.latin_words``: the stopword lists of stopwords-iso (PyPI stopwordsiso,
pinned in guardproxy.training.sources, MIT) for the languages written in the Latin alphabet
that people most often prompt in besides English: their ASCII words of three letters or more,
lowercased. Two-letter words ("de", "la", "et") are left out: deciphering random letters
makes them too easily. The cipher check samples only whole ASCII words, so words with
diacritics could never match.
"""

from __future__ import annotations

import json
from pathlib import Path

from guardproxy.training.cli import WORK
from guardproxy.training.sources import WheelCache

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "guardproxy" / "detect" / "latin_words.txt"
LANGUAGES = ("ca", "cs", "da", "de", "es", "fr", "id", "it", "nl", "no", "pl", "pt", "ro", "sv", "tr")


def words(cache: WheelCache, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    lists: dict[str, list[str]] = json.loads(cache.text("stopwordsiso", "stopwordsiso/stopwords-iso.json"))
    return sorted(
        {w.lower() for lang in languages for w in lists[lang] if len(w) >= 3 and w.isascii() and w.isalpha()}
    )


def main() -> None:
    found = words(WheelCache(WORK / "wheels"))
    TARGET.write_text("\n".join(found) + "\n", encoding="ascii")
    print(f"{TARGET.relative_to(ROOT)}: {len(found)} words")


if __name__ == "__main__":
    main()
