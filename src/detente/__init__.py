"""detente: code news text into political event data (PLOVER, CAMEO, Goldstein).

The library is the product; the ``detente`` command is a thin shell over it::

    from detente import Coder
    coder = Coder()                      # loads spaCy and the data files once
    for event in coder.code(text, published="2025-10-21"):
        print(event.type, event.actor, event.recipient)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.errors import DetenteError
from detente.records import Actor, Article, Event, Location, TextRef
from detente.version import __version__

if TYPE_CHECKING:
    from detente.coder import Coder, Result

__all__ = ["Actor", "Article", "Coder", "DetenteError", "Event", "Location", "Result", "TextRef", "__version__"]


def __getattr__(name: str) -> Any:
    # Coder imports spaCy; keep ``import detente`` light.
    if name in ("Coder", "Result"):
        from detente import coder

        return getattr(coder, name)
    raise AttributeError(f"module 'detente' has no attribute {name!r}")
