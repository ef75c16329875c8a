"""Shared plumbing for the hand-written data generators in data/authored/ (make_*.py).

Row building, validation before writing (exact key set, label/family agreement, hard-negative
flag, lang and group prefix, no duplicate texts within the batch or against any other
data/authored/*.jsonl), JSON Lines output and the printed counts. The generators import it from
their own folder (Python puts a script's folder first on sys.path), so run them as
`.venv/bin/python data/authored/make_X.py`.
"""

from __future__ import annotations

import base64
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KEYS = frozenset({"text", "label", "family", "category", "lang", "group", "hard_negative"})
FAMILIES = frozenset({"BENIGN", "PI", "JB", "ENC", "IPI", "HARM"})

Row = dict[str, Any]


def norm(text: str) -> str:
    """The duplicate-check key: lower case, white space folded to single spaces."""
    return " ".join(text.lower().split())


def make_row(text: str, family: str, category: str, *, lang: str, group: str) -> Row:
    """One row, keys in file order; label and hard_negative follow from family and category."""
    return {
        "text": text,
        "label": 0 if family == "BENIGN" else 1,
        "family": family,
        "category": category,
        "lang": lang,
        "group": group,
        "hard_negative": family == "BENIGN" and category.startswith("hardneg"),
    }


def other_texts(exclude_paths: Iterable[Path]) -> dict[str, str]:
    """norm(text) -> "file:line" for every row of the data/authored/*.jsonl files not excluded."""
    skip = {Path(p).resolve() for p in exclude_paths}
    found: dict[str, str] = {}
    for path in sorted(HERE.glob("*.jsonl")):
        if path.resolve() in skip:
            continue
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    found.setdefault(norm(json.loads(line)["text"]), f"{path.name}:{n}")
    return found


def problems(
    rows: Sequence[Row],
    *,
    lang: str,
    group_prefix: str,
    out_paths: Iterable[Path],
    markers: Iterable[str] = (),
) -> list[str]:
    """Everything wrong with rows; markers are slot placeholders that must not survive."""
    markers = tuple(markers)
    others = other_texts(out_paths)
    seen: dict[str, str] = {}
    errors: list[str] = []
    for i, r in enumerate(rows):
        where = f"row {i} ({r.get('group')})"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r)}, want {sorted(KEYS)}")
            continue
        text, family, category = r["text"], r["family"], r["category"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if not isinstance(category, str) or not category:
            errors.append(f"{where}: category {category!r}")
            continue
        if family not in FAMILIES:
            errors.append(f"{where}: family {family!r}")
        if r["label"] not in (0, 1) or (r["label"] == 0) != (family == "BENIGN"):
            errors.append(f"{where}: label {r['label']!r} vs family {family!r}")
        if r["hard_negative"] is not (family == "BENIGN" and category.startswith("hardneg")):
            errors.append(f"{where}: hard_negative {r['hard_negative']!r} for {family}/{category}")
        if family != "BENIGN" and category.startswith("hardneg"):
            errors.append(f"{where}: attack row with a hardneg category")
        if r["lang"] != lang:
            errors.append(f"{where}: lang {r['lang']!r}, want {lang!r}")
        if not isinstance(r["group"], str) or not r["group"].startswith(group_prefix):
            errors.append(f"{where}: group without the prefix {group_prefix!r}")
        errors.extend(f"{where}: leftover marker {m!r}" for m in markers if m in text)
        key = norm(text)
        if key in seen:
            errors.append(f"{where}: duplicate of {seen[key]}: {text[:60]!r}")
        elif key in others:
            errors.append(f"{where}: duplicate of {others[key]}: {text[:60]!r}")
        seen[key] = where
    return errors


def validate(
    rows: Sequence[Row],
    *,
    lang: str,
    group_prefix: str,
    out_paths: Iterable[Path],
    markers: Iterable[str] = (),
    extra: Iterable[str] = (),
) -> None:
    """Exit (status 1, nothing written) listing every problem, plus the script's own extra ones."""
    errors = [
        *problems(rows, lang=lang, group_prefix=group_prefix, out_paths=out_paths, markers=markers),
        *extra,
    ]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} validation error(s); nothing written")


def write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    """One json.dumps(row, ensure_ascii=False) object a line, UTF-8."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def print_counts(rows: Sequence[Row], title: str, *, long_words: int = 0, long_chars: int = 0) -> None:
    """Rows per label, family and category; long rows per label when a threshold is given."""
    labels = Counter(r["label"] for r in rows)
    print(
        f"{title}: {len(rows)} rows (benign {labels[0]}, attack {labels[1]}, "
        f"hard negatives {sum(1 for r in rows if r['hard_negative'])}), "
        f"{len({r['group'] for r in rows})} groups"
    )
    fams = Counter(r["family"] for r in rows)
    cats = Counter((r["family"], r["category"]) for r in rows)
    for fam in sorted(fams):
        print(f"  {fam:7s} {fams[fam]}")
        for (f, cat), n in sorted(cats.items()):
            if f == fam:
                print(f"      {cat:28s} {n}")
    if long_words:
        long_ = Counter(r["label"] for r in rows if len(r["text"].split()) >= long_words)
        print(f"  rows with >= {long_words} words: benign {long_[0]}, attack {long_[1]}")
    if long_chars:
        long_ = Counter(r["label"] for r in rows if len(r["text"]) >= long_chars)
        print(f"  rows with >= {long_chars} chars: benign {long_[0]}, attack {long_[1]}")


def b64(text: str) -> str:
    """Base64 of the UTF-8 text, as the encoded-attack rows carry it."""
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def caesar(text: str, k: int) -> str:
    """Latin letters shifted by k (Caesar / rot-k); everything else kept."""
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


# A pair: (attack family, attack category, attack text, benign category, benign text). The
# benign twin shares the attack's group and form, so a model must learn the attack, not the form.
Pair = tuple[str, str, str, str, str]
# A document pair: (group number, attack family, attack category, benign category, request
# template with "{doc}", document with one `mark` slot, injection, harmless line for the slot).
DocPair = tuple[int, str, str, str, str, str, str, str]


def slot_pair(
    family: str,
    category: str,
    doc: str,
    injection: str,
    benign_category: str,
    fill: str,
    *,
    mark: str = "@@INJ@@",
) -> Pair:
    """One document twice: the injection in its one ``mark`` slot (the attack) and a harmless
    line there (the benign twin); exits, nothing written, if the slot is not there exactly once."""
    if doc.count(mark) != 1:
        raise SystemExit(f"{category}: document has {doc.count(mark)} slots")
    return (family, category, doc.replace(mark, injection), benign_category, doc.replace(mark, fill))


STOCK_PHRASE = "ignore all previous instructions"


def stock_problems(pairs: Sequence[Pair], max_stock: int, phrase: str = STOCK_PHRASE) -> list[str]:
    """At most ``max_stock`` attacks may use the stock ``phrase`` (case and white space folded)."""
    n = sum(1 for p in pairs if phrase in " ".join(p[2].lower().split()))
    return [f"{n} attacks use {phrase!r}, want at most {max_stock}"] if n > max_stock else []


def length_problems(
    pairs: Sequence[Pair], bounds: Mapping[str, tuple[int, int]], *, unit: str = "words"
) -> list[str]:
    """Pairs whose category starts with a key of ``bounds``: the attack and its twin must each
    be within that (low, high) length, counted in words or (``unit="chars"``) characters."""
    errors: list[str] = []
    for i, (_, category, attack, _, benign) in enumerate(pairs, 1):
        bound = next((b for prefix, b in bounds.items() if category.startswith(prefix)), None)
        if bound is None:
            continue
        for kind, text in (("attack", attack), ("twin", benign)):
            n = len(text) if unit == "chars" else len(text.split())
            if not bound[0] <= n <= bound[1]:
                errors.append(f"pair {i} ({category}): {kind} has {n} {unit}, want {bound}")
    return errors


def twin_rows(group: str, pair: Pair, *, lang: str) -> list[Row]:
    """The attack row, then its benign twin, both in ``group``."""
    family, category, attack, benign_category, benign = pair
    return [
        make_row(attack.strip(), family, category, lang=lang, group=group),
        make_row(benign.strip(), "BENIGN", benign_category, lang=lang, group=group),
    ]


def pair_rows(pairs: Sequence[Pair], *, lang: str, group_prefix: str) -> list[Row]:
    """Pair i (counting from 1) becomes group ``{group_prefix}{i:03d}``."""
    return [row for i, p in enumerate(pairs, 1) for row in twin_rows(f"{group_prefix}{i:03d}", p, lang=lang)]


def doc_pair_rows(
    docs: Sequence[DocPair], *, lang: str, group_prefix: str, mark: str, words: tuple[int, int]
) -> tuple[list[Row], list[str]]:
    """Each document twice in its template: the injection in the slot (the attack) and the
    harmless line there (the twin); plus the problems: a slot count other than one, or a
    document with its injection outside ``words``."""
    rows: list[Row] = []
    errors: list[str] = []
    for num, family, category, benign_category, template, doc, injection, fill in docs:
        if doc.count(mark) != 1:
            errors.append(f"group {num}: document has {doc.count(mark)} slots")
        n_words = len(doc.replace(mark, injection).split())
        if not words[0] <= n_words <= words[1]:
            errors.append(f"group {num}: document with injection has {n_words} words")
        pair = (
            family,
            category,
            template.replace("{doc}", doc.replace(mark, injection)),
            benign_category,
            template.replace("{doc}", doc.replace(mark, fill)),
        )
        rows += twin_rows(f"{group_prefix}{num:03d}", pair, lang=lang)
    return rows, errors


def pair_problems(rows: Sequence[Row], *, want_pairs: int | None = None) -> list[str]:
    """Every group must hold exactly one attack and one benign row; ``want_pairs`` groups."""
    per_group = Counter((r["group"], r["label"]) for r in rows)
    groups = sorted({r["group"] for r in rows})
    errors = [
        f"{g}: {per_group[(g, 1)]} attack / {per_group[(g, 0)]} benign rows"
        for g in groups
        if per_group[(g, 0)] != 1 or per_group[(g, 1)] != 1
    ]
    if want_pairs is not None and len(groups) != want_pairs:
        errors.append(f"{len(groups)} groups, want {want_pairs}")
    return errors


def pair_kinds(rows: Iterable[Row]) -> dict[str, int]:
    """Attack rows by kind: "padded" and "mixed" by category prefix, else the family."""
    kinds = Counter(
        "padded"
        if r["category"].startswith("padded")
        else "mixed"
        if r["category"].startswith("mixed")
        else r["family"]
        for r in rows
        if r["label"] == 1
    )
    return dict(sorted(kinds.items()))
