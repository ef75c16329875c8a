"""The demo upstream in a process of its own, so the load generator never shares its loop.

python -m benchmarks.upstream --port 9001
"""

from __future__ import annotations

import argparse

import uvloop
from aiohttp import web

from guardproxy.server.demo import create_demo_app


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    args = p.parse_args()
    uvloop.install()
    web.run_app(create_demo_app(), host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
