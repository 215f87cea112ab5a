"""What a stage split into parts builds each part on (:class:`Part`): the one context the parts
share, held as ``ctx`` and read by its fields' own names (``self.ctx.doc``, ``self.ctx.words``).
The trigger reader (``grammar/triggers``, over a ``TriggerContext``), the phrase resolver
(``stages/build``, over a ``ResolverContext``) and the article the actor stages ask
(``stages/actors/article``, over an ``ArticleContext``) are each a whole of such parts."""

from __future__ import annotations

from typing import Generic, TypeVar

C = TypeVar("C")


class Part(Generic[C]):
    """A part of a whole: it holds the context shared by all the whole's parts."""

    def __init__(self, ctx: C) -> None:
        self.ctx = ctx
