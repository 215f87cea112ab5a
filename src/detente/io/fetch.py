"""Fetching articles and feeds over HTTP(S): a time budget, a size cap, and no private addresses.

A URL whose host resolves to a private, loopback, link-local or otherwise non-public address
is refused (also after a redirect) unless ``allow_private`` is set: detente run as a service
must not be a way into the network it runs in. The host is resolved once per connection, by
the connection itself, and the socket is connected to the very address that was checked:
a name that answers a public address to the check and a private one to the download (DNS
rebinding) cannot lead inside. Each redirect is a new connection, checked the same way.
Proxies from the environment are not used, since a proxy resolves the name again.

``timeout`` bounds the whole fetch (redirects and a slow trickle of bytes included): at the
deadline the connection is shut and the fetch fails with its reason.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from detente.errors import DetenteError, InputError, SourceNotFoundError
from detente.version import __version__

TIMEOUT = 20.0
MAX_BYTES = 10_000_000
USER_AGENT = f"detente/{__version__} (+political event coder)"
#: bytes read at a time, so that the deadline is checked while a page arrives
CHUNK = 65_536

#: a host name and port to the addresses they resolve to, in the order to try them
Resolver = Callable[[str, int], Sequence[str]]


class BlockedAddressError(InputError):
    """A URL that points into a private network."""


class FetchTimeoutError(SourceNotFoundError):
    """A fetch that did not finish within its time budget."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str


def is_url(text: str) -> bool:
    """``http://`` or ``https://``, in any case (``HTTP://`` too)."""
    return text[:8].lower().startswith(("http://", "https://"))


def resolve(host: str, port: int) -> list[str]:
    """The addresses of ``host`` (the system's resolver: ``socket.getaddrinfo``)."""
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def check_host(url: str, allow_private: bool = False, resolver: Resolver = resolve) -> list[str]:
    """The addresses ``url``'s host resolves to, once; refused when one is not public
    (unless ``allow_private``), when the URL is not http(s), or when the name does not resolve."""
    parts = _split(url)
    host = parts.hostname or ""
    return _addresses(host, _port(parts), allow_private, resolver)


def _split(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)  # the scheme comes back in lower case
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: not an http(s) URL")
    try:
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError as exc:
        raise InputError(f"{url}: not an http(s) URL ({exc})") from exc
    return parts


def _port(parts: urllib.parse.SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def _addresses(host: str, port: int, allow_private: bool, resolver: Resolver) -> list[str]:
    """``host``'s addresses (an address as it is), each checked."""
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = list(resolver(host, port))
        except (OSError, UnicodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise SourceNotFoundError(f"cannot resolve {host}: {reason}") from exc
    if not addresses:
        raise SourceNotFoundError(f"cannot resolve {host}: no address")
    if not allow_private:
        for text in addresses:
            address = ipaddress.ip_address(text)
            if not address.is_global:
                which = "" if text == host else f" ({address})"
                raise BlockedAddressError(
                    f"{host} is a private or local address{which}; use --allow-private to fetch it"
                )
    return addresses


def _open_socket(address: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection to an address (no name: nothing is resolved here)."""
    return socket.create_connection((address, port), timeout)


class _Connections:
    """The connections of one fetch: each made to the address its host resolved to, once and
    checked; all shut when the fetch's deadline passes."""

    def __init__(self, allow_private: bool, resolver: Resolver, timeout: float) -> None:
        self.allow_private = allow_private
        self.resolver = resolver
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.lock = threading.Lock()
        self.sockets: list[socket.socket] = []
        self.expired = False
        self.timer = threading.Timer(timeout, self.expire)
        self.timer.daemon = True

    def connect(self, host: str, port: int) -> socket.socket:
        addresses = _addresses(host, port, self.allow_private, self.resolver)
        error: OSError | None = None
        for address in addresses:  # every one was checked above
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                return _open_socket(address, port, min(self.timeout, remaining))
            except OSError as exc:
                error = exc
        raise error or TimeoutError("timed out")

    def register(self, sock: socket.socket) -> None:
        """Shut ``sock`` at the deadline (at once if it has passed)."""
        with self.lock:
            self.sockets.append(sock)
            if not self.expired:
                return
        _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # the plain socket's shutdown, also under TLS: it wakes a blocked read
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, *, connections: _Connections, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        self.connections = connections

    def connect(self) -> None:
        self.sock = self.connections.connect(self.host, self.port)
        self.connections.register(self.sock)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, *, connections: _Connections, tls: ssl.SSLContext, **kwargs: Any) -> None:
        super().__init__(host, context=tls, **kwargs)
        self.connections = connections
        self.tls = tls

    def connect(self) -> None:
        raw = self.connections.connect(self.host, self.port)
        self.connections.register(raw)
        # the certificate is checked against the name, not the address connected to
        self.sock = self.tls.wrap_socket(raw, server_hostname=self.host)
        self.connections.register(self.sock)


class _PinnedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connections: _Connections) -> None:
        super().__init__()
        self.connections = connections

    def http_open(self, req: Any) -> Any:
        return self.do_open(partial(_PinnedHTTP, connections=self.connections), req)


class _PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connections: _Connections) -> None:
        super().__init__()
        self.connections = connections
        self.tls: ssl.SSLContext | None = None  # made at the first https URL (it reads the system's certificates)

    def https_open(self, req: Any) -> Any:
        if self.tls is None:
            self.tls = ssl.create_default_context()
        return self.do_open(partial(_PinnedHTTPS, connections=self.connections, tls=self.tls), req)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is followed only to an http(s) URL (its host is checked when connected to)."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        _split(urllib.parse.urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    headers: dict[str, str] | None = None,
    resolver: Resolver = resolve,
) -> Fetched:
    """GET ``url`` within ``timeout`` seconds in all; raise a one-line :class:`InputError` or
    :class:`SourceNotFoundError` (a refused address, a name that does not resolve, an HTTP
    error, a page too large, a fetch too slow) on failure. ``resolver`` turns a host name into
    addresses, once per connection."""
    parts = _split(url)
    connections = _Connections(allow_private, resolver, timeout)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _PinnedHTTPHandler(connections),
        _PinnedHTTPSHandler(connections),
        _CheckedRedirects(),
    )
    request = urllib.request.Request(
        urllib.parse.urlunsplit(parts), headers={"User-Agent": USER_AGENT, **(headers or {})}
    )
    connections.timer.start()
    try:
        with opener.open(request, timeout=timeout) as response:
            body = _read(response, max_bytes, connections)
            if connections.expired:
                raise TimeoutError("timed out")
            if len(body) > max_bytes:
                raise InputError(f"{url}: larger than the {max_bytes:,}-byte limit")
            return Fetched(response.geturl(), body, response.headers.get("Content-Type", ""))
    except DetenteError as exc:
        if exc.message.startswith(url):
            raise
        raise type(exc)(f"{url}: {exc.message}") from exc
    except urllib.error.HTTPError as exc:
        raise SourceNotFoundError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        if connections.expired or _timed_out(exc):
            raise FetchTimeoutError(f"{url}: cannot fetch: no answer within {timeout:g} s") from exc
        reason = getattr(exc, "reason", None) or exc
        reason = getattr(reason, "strerror", None) or reason  # "Connection refused", without the errno
        raise SourceNotFoundError(f"{url}: cannot fetch: {reason or type(exc).__name__}") from exc
    finally:
        connections.timer.cancel()


def _read(response: Any, max_bytes: int, connections: _Connections) -> bytes:
    """At most ``max_bytes + 1`` bytes of the body, stopping when the deadline passes."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes and not connections.expired:
        chunk = response.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _timed_out(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError)


def looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)) or head.startswith(
        (b"<rss", b"<feed")
    )
