"""Write guardproxy/detect/english_words.txt, the lexicon the normaliser's cipher check reads.

``python -m tools.english_words``: the first 10,000 whole lowercase words of the L1 tokenizer's
WordPiece vocabulary (BERT's, built on English Wikipedia and books; ids run roughly by
frequency), so the list is reproducible from models/tokenizer.json alone.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "models" / "tokenizer.json"
TARGET = ROOT / "guardproxy" / "detect" / "english_words.txt"
COUNT = 10_000


def words(tokenizer: Path = SOURCE, count: int = COUNT) -> list[str]:
    vocab: dict[str, int] = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    ranked = sorted(vocab, key=vocab.__getitem__)
    return [w for w in ranked if len(w) >= 2 and w.isascii() and w.isalpha() and w.islower()][:count]


def main() -> None:
    TARGET.write_text("\n".join(words()) + "\n", encoding="ascii")
    print(f"{TARGET.relative_to(ROOT)}: {COUNT} words")


if __name__ == "__main__":
    main()
