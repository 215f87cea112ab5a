"""Main-text extraction from HTML with the standard library's parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

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


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.current.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return ``(main text, title)``: paragraphs of visible prose, one per line pair.

    Short fragments (menus, bylines, buttons) are dropped when the page has real paragraphs.
    """
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    blocks = parser.blocks
    prose = [b for b in blocks if len(b.split()) >= 8]
    kept = prose if prose else blocks
    title = " ".join("".join(parser.title).split()) or None
    return "\n\n".join(kept), title
