"""Score texts with metatronnanoguard; runs inside the peer venv (no guardproxy imports there).

Reads a JSON list of texts on stdin, prints a JSON list of [is_injection, score].
"""

from __future__ import annotations

import importlib
import json
import sys


def main() -> None:
    texts = json.load(sys.stdin)
    guard = importlib.import_module("nanoguard").NanoGuard(device="cpu")
    out = []
    for text in texts:
        r = guard.scan(text)
        out.append([bool(r.is_injection), float(r.injection_score)])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
