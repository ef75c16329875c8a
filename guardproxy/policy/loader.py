"""Loading, validating, selecting and hot-reloading policies from policies/*.yaml.

Fail closed at start (a bad file stops start-up with file, line and field); on a reload a
bad edit is rejected with one log line and the previous policy set keeps serving.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog
import yaml
from pydantic import ValidationError

from guardproxy.errors import PolicyError
from guardproxy.policy.engine import LoadedPolicy
from guardproxy.policy.schema import Policy

log = structlog.get_logger("guardproxy.policy")
DEFAULT_ID = "default"


def _line_of(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    """1-based line of the YAML node at a pydantic error location, as deep as it exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == str(key)), None)
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        line = node.start_mark.line + 1
    return line


def parse_policy(text: str, where: str) -> Policy:
    try:
        node = yaml.compose(text)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{where}{at}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict):
        raise PolicyError(f"{where}:1: a policy file must hold a mapping (id, match, attack, pii ...)")
    try:
        return Policy.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(top level)"
        line = _line_of(node, err["loc"])
        at = f":{line}" if line else ""
        raise PolicyError(f"{where}{at}: field {field}: {err['msg']}") from None


def load_file(path: Path) -> LoadedPolicy:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise PolicyError(f"{path}: cannot read: {e.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(f"{path}: not UTF-8 text") from None
    return LoadedPolicy(parse_policy(text, str(path)), hashlib.sha256(raw).hexdigest(), str(path))


def load_dir(folder: Path) -> tuple[LoadedPolicy, ...]:
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:
        raise PolicyError(f"{folder}: no policy files (*.yaml)")
    loaded = tuple(load_file(p) for p in files)
    seen: dict[str, str] = {}
    for lp in loaded:
        if lp.policy.id in seen:
            raise PolicyError(
                f"{lp.path}: policy id {lp.policy.id!r} is already used by {seen[lp.policy.id]}"
            )
        seen[lp.policy.id] = lp.path
    if DEFAULT_ID not in seen:
        raise PolicyError(f"{folder}: needs a policy with id 'default' (used when nothing else matches)")
    return loaded


@dataclass(frozen=True)
class PolicySet:
    policies: tuple[LoadedPolicy, ...]

    def select(self, route: str, model: str | None, key_id: str | None, tenant: str | None) -> LoadedPolicy:
        best: LoadedPolicy | None = None
        rank = (-1, 0)
        for lp in self.policies:
            p = lp.policy
            if p.id == DEFAULT_ID or not p.match.matches(route, model, key_id, tenant):
                continue
            r = (p.match.specificity, p.priority)
            if r > rank:
                best, rank = lp, r
        return best or self.by_id(DEFAULT_ID)

    def by_id(self, policy_id: str) -> LoadedPolicy:
        for lp in self.policies:
            if lp.policy.id == policy_id:
                return lp
        raise KeyError(policy_id)


class PolicyStore:
    """The live policy set. `current` is swapped atomically; readers never see half a reload."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.current = PolicySet(load_dir(folder))
        self._stamp = self._fingerprint()
        self.reloads_ok = 0
        self.reloads_rejected = 0

    def _fingerprint(self) -> tuple[tuple[str, str], ...]:
        # Content, not mtime and size: a same-size edit within a coarse mtime tick (1 s on
        # some mounts) would otherwise never load. A few small files cost microseconds.
        out = []
        for p in sorted([*self.folder.glob("*.yaml"), *self.folder.glob("*.yml")]):
            try:
                out.append((p.name, hashlib.sha256(p.read_bytes()).hexdigest()))
            except OSError:
                continue
        return tuple(out)

    def check(self) -> bool:
        """Reload if any file changed. True when a new set was installed."""
        stamp = self._fingerprint()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            new = PolicySet(load_dir(self.folder))
        except PolicyError as e:
            self.reloads_rejected += 1
            log.error("policy_reload_rejected", error=str(e), keeping=len(self.current.policies))
            return False
        self.current = new
        self.reloads_ok += 1
        log.info("policy_reloaded", policies=[lp.policy.id for lp in new.policies])
        return True

    async def watch(self, interval_s: float) -> None:
        while True:
            await asyncio.sleep(interval_s)
            self.check()
