# syntax=docker/dockerfile:1
# guardproxy: build the wheel's dependencies in one stage, run as a non-root user in another.
# Models and policies are baked in: the trained files in models/ (pinned by sha256 in
# models/manifest.json) and policies/. A policy folder mounted elsewhere and named by
# GUARDPROXY_POLICY__DIR (deploy/kubernetes: a ConfigMap) replaces the baked one.

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
# dependencies first, so a code-only change reuses this layer
COPY pyproject.toml README.md ./
COPY guardproxy/ guardproxy/
RUN /opt/venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim-bookworm
RUN groupadd --system --gid 10001 guardproxy \
 && useradd --system --uid 10001 --gid guardproxy --home-dir /app --shell /usr/sbin/nologin guardproxy
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
# read-only for the runtime user: a model or policy file is never written by the proxy
COPY models/ /app/models/
COPY policies/ /app/policies/
# created here so a fresh named volume mounted on them inherits the runtime user's ownership
RUN mkdir -p /app/data/redis /app/data/spool && chown -R guardproxy:guardproxy /app/data
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    GUARDPROXY_HOST=0.0.0.0 \
    GUARDPROXY_PORT=8080 \
    GUARDPROXY_LOG_FORMAT=json \
    GUARDPROXY_SCREENING__MODELS_DIR=/app/models \
    GUARDPROXY_POLICY__DIR=/app/policies \
    GUARDPROXY_DECISIONS__REDIS_DIR=/app/data/redis \
    GUARDPROXY_DECISIONS__SPOOL_DIR=/app/data/spool
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('GUARDPROXY_PORT', '8080') + '/healthz', timeout=2)"]
ENTRYPOINT ["guardproxy", "serve"]
