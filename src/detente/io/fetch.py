"""Fetching articles and feeds over HTTP(S): a timeout, a size cap, and no private addresses.

A URL whose host resolves to a private, loopback, link-local or otherwise non-public address
is refused (also after a redirect) unless ``allow_private`` is set: detente run as a service
must not be a way into the network it runs in.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from detente.errors import InputError, SourceNotFoundError
from detente.version import __version__

TIMEOUT = 20.0
MAX_BYTES = 10_000_000
USER_AGENT = f"detente/{__version__} (+political event coder)"


class BlockedAddressError(InputError):
    """A URL that points into a private network."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def check_host(url: str, allow_private: bool = False) -> None:
    """Refuse a URL whose host resolves to a non-public address (unless ``allow_private``)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not an http(s) URL")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise SourceNotFoundError(f"{url}: cannot resolve {parts.hostname}: {exc.strerror}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise BlockedAddressError(
                f"{url}: {parts.hostname} is a private or local address ({address}); use --allow-private to fetch it"
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        check_host(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    headers: dict[str, str] | None = None,
) -> Fetched:
    """GET ``url``; raise a one-line :class:`InputError`/:class:`SourceNotFoundError` on failure."""
    check_host(url, allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url}: larger than the {max_bytes:,}-byte limit")
            return Fetched(response.geturl(), body, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        raise SourceNotFoundError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceNotFoundError(f"{url}: cannot fetch: {reason}") from exc


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)) or head.startswith(
        (b"<rss", b"<feed")
    )
