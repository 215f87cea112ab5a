"""Main-text extraction from HTML with lxml's (libxml2's) parser, linear in the page's size.

The standard library's ``html.parser`` rescans the rest of the page at each tag it cannot
close, so hostile pages (a megabyte of unclosed ``<a``) took minutes (docs/reliability.md);
libxml2 reads them in milliseconds. A page over :data:`MAX_HTML_CHARS` is refused before it
is parsed.
"""

from __future__ import annotations

import re

from detente.errors import InputTooLargeError

#: an HTML page over this many characters is refused before it is parsed (docs/reliability.md)
MAX_HTML_CHARS = 10_000_000

_SKIP = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "button",
        "figure",
        "iframe",
        "select",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "td",
        "th",
        "div",
        "article",
        "section",
        "br",
        "pre",
        "dd",
        "dt",
    }
)
_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|body|head|p|div|article|br)\b", re.IGNORECASE)


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML_HINT.search(head[:4096]))


class _Extractor:
    """The target of lxml's parser: it receives the tags and text in order, as SAX would."""

    def __init__(self) -> None:
        self.skip_depth = 0
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title: list[str] = []
        self.in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def start(self, tag: str, attrib: object) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self._flush()

    def end(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self._flush()

    def data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def comment(self, text: str) -> None:
        pass

    def close(self) -> None:
        self._flush()


def html_to_text(html: str, max_chars: int = MAX_HTML_CHARS) -> tuple[str, str | None]:
    """Return ``(main text, title)``: paragraphs of visible prose, one per line pair.

    Short fragments (menus, bylines, buttons) are dropped when the page has real paragraphs.
    A page over ``max_chars`` characters raises :class:`InputTooLargeError`.
    """
    if len(html) > max_chars:
        raise InputTooLargeError(
            f"HTML page of {len(html):,} characters is over the {max_chars:,}-character limit for one page"
        )
    from lxml import etree  # here, not at import: coding plain text or JSONL never parses HTML

    extractor = _Extractor()
    if html.strip():
        parser = etree.HTMLParser(target=extractor, encoding="utf-8", no_network=True, huge_tree=True)
        try:
            parser.feed(html.encode("utf-8", "replace"))
            parser.close()
        except etree.LxmlError:  # libxml2 recovers from broken markup; what it read so far is kept
            extractor.close()
    blocks = extractor.blocks
    prose = [b for b in blocks if len(b.split()) >= 8]
    kept = prose if prose else blocks
    title = " ".join("".join(extractor.title).split()) or None
    return "\n\n".join(kept), title
