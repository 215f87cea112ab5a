"""Near-duplicate articles (wire copies, updated versions) by MinHash and LSH.

Each article's text becomes a set of word 5-grams; its MinHash signature (``num_perm``
values) estimates the Jaccard similarity of two such sets; locality-sensitive hashing (bands
of rows) finds candidate pairs without comparing every pair. Articles whose estimated
similarity reaches ``threshold`` belong to one story (the first article's id).
Implemented here with numpy (no extra dependency); signatures are stored with the articles
so that a later ingest finds copies of what an earlier one stored.
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterable

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_WORD = re.compile(r"\w+")


class MinHasher:
    """MinHash signatures of word shingles, the same for the same settings in every process."""

    def __init__(self, num_perm: int = 128, shingle: int = 5, seed: int = 1) -> None:
        rng = np.random.RandomState(seed)
        self.a = rng.randint(1, (1 << 31) - 1, size=num_perm, dtype=np.uint64)
        self.b = rng.randint(0, (1 << 31) - 1, size=num_perm, dtype=np.uint64)
        self.num_perm = num_perm
        self.shingle = shingle

    def signature(self, text: str) -> np.ndarray:
        words = _WORD.findall(text.lower())
        k = self.shingle
        grams = {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}
        hashes = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))
        mixed = (self.a[:, None] * hashes[None, :] + self.b[:, None]) % _PRIME
        return np.asarray(mixed.min(axis=1) & np.uint64(0xFFFFFFFF), dtype=np.uint32)

    @staticmethod
    def encode(sig: np.ndarray) -> str:
        return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")

    @staticmethod
    def decode(text: str) -> np.ndarray:
        return np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


class StoryIndex:
    """Articles by story: LSH buckets over their signatures."""

    def __init__(self, num_perm: int = 128, bands: int = 32, threshold: float = 0.8) -> None:
        if num_perm % bands:
            raise ValueError("num_perm must be a multiple of bands")
        self.bands = bands
        self.rows = num_perm // bands
        self.threshold = threshold
        self._buckets: dict[tuple[int, bytes], list[str]] = {}
        self._signatures: dict[str, np.ndarray] = {}
        self._story: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def _keys(self, sig: np.ndarray) -> Iterable[tuple[int, bytes]]:
        for band in range(self.bands):
            yield band, sig[band * self.rows : (band + 1) * self.rows].tobytes()

    def story_of(self, sig: np.ndarray) -> str | None:
        """The story of the most similar stored article at or above the threshold, if any."""
        best, best_sim = None, self.threshold
        seen: set[str] = set()
        for key in self._keys(sig):
            for other in self._buckets.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = similarity(sig, self._signatures[other])
                if sim >= best_sim:
                    best, best_sim = other, sim
        return self._story[best] if best is not None else None

    def add(self, article_id: str, sig: np.ndarray, story: str) -> None:
        self._signatures[article_id] = sig
        self._story[article_id] = story
        for key in self._keys(sig):
            self._buckets.setdefault(key, []).append(article_id)
