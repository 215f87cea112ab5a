"""What the coder reads of a text: invisible and control characters as plain spaces.

Zero-width characters, bidirectional marks, the soft hyphen, the byte-order mark, C0 and C1
control characters (but tab, line feed, form feed and carriage return) and ANSI escape
sequences are each replaced by as many spaces as they have characters, so that the text keeps
its length and every offset the coder finds (events, actors, places, evidence spans) points
into the original article text unchanged. "Colombia\u200b accused Venezuela" then reads as
"Colombia  accused Venezuela", and a right-to-left mark never stays inside an actor's name.
A character inside a word splits it ("Vene\u00adzuela" reads "Vene zuela"): rare in news,
and a reading with an offset map would be needed to join it (docs/reliability.md).
"""

from __future__ import annotations

import re

#: invisible format characters: zero-width, joiners, bidi marks, embeddings and isolates, BOM
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\ufff9\ufffa\ufffb"
)
#: control characters (C0 but tab, line feed, form feed, carriage return; DEL; C1)
CONTROLS = "".join(chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\t\n\f\r")
_SPACES = str.maketrans(dict.fromkeys(INVISIBLE + CONTROLS, " "))
#: ANSI escape sequences: CSI (colours, cursor), OSC (titles, links), and two-character escapes
ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]")


#: the longest run of characters without a space that the parser reads whole: spaCy's tokenizer
#: searches a word's suffixes once per character it splits off, quadratic in the word's length
#: ("&#" repeated 4,000 times took minutes); no word of news is this long, a URL rarely
MAX_WORD = 256
#: a run of MAX_WORD characters without a space that goes on: its last character becomes a space
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD}}}(?=\S)")

#: a UTF-16 surrogate alone (JSON's "\ud800" escape makes one): no character, and not UTF-8
SURROGATE = re.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with ANSI escape sequences, invisible and control characters as spaces, one
    space a character, and lone surrogates as U+FFFD: the result has the length of ``text``
    and its characters at the same offsets. A run of more than ``MAX_WORD`` characters without a
    space is cut by a space every ``MAX_WORD`` characters, so no stage sees a longer word."""
    out = ANSI.sub(lambda m: " " * len(m.group()), text)
    out = no_surrogates(out.translate(_SPACES))
    return _LONG_WORD.sub(lambda m: m.group()[:-1] + " ", out)


#: a typographic apostrophe after an elided French article inside a name ("Côte d’Ivoire", "Val
#: d’Aoste"): the tagger reads "d’Ivoire" as a common noun and the name falls apart; the plain
#: apostrophe (one character too, so every offset holds) keeps it a proper name
ELIDED_ARTICLE = re.compile(r"(?<=\b[dl])\u2019(?=[A-Z])")


def parse_text(text: str) -> str:
    """The text the parser reads: the article's visible text (:func:`visible`) with
    the apostrophe of an elided article in a name made plain (:data:`ELIDED_ARTICLE`)."""
    return ELIDED_ARTICLE.sub("'", visible(text))


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length), so it encodes to UTF-8."""
    return SURROGATE.sub("\ufffd", text)
