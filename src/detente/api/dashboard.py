"""The dashboard and the OpenAPI docs page: static files of the package, their scripts and
styles from npm packages the Makefile installs (never a CDN)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles


def install(app: FastAPI, static: Path) -> None:
    app.mount("/static", StaticFiles(directory=static, check_dir=False), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse((static / "docs.html").read_text(encoding="utf-8"))
