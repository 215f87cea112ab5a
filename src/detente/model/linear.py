"""A multinomial logistic regression over sparse string features and a dense vector.

Plain NumPy: trained with Adam on mini-batches, seeded and deterministic, and small when
saved (the vocabulary of features seen in training, weights as float16).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Example:
    features: tuple[str, ...]
    vector: np.ndarray
    label: int


@dataclass
class LinearModel:
    classes: tuple[str, ...]
    vocab: dict[str, int]
    sparse: np.ndarray  # (len(vocab), classes)
    dense: np.ndarray  # (dense width, classes)
    bias: np.ndarray  # (classes,)
    scale: np.ndarray  # per dense dimension: 1/std in training data

    def scores(self, features: Sequence[str], vector: np.ndarray) -> np.ndarray:
        """Class probabilities for one example."""
        idx = [self.vocab[f] for f in features if f in self.vocab]
        logits = self.bias.astype(np.float32).copy()
        if idx:
            logits += self.sparse[idx].astype(np.float32).sum(axis=0)
        if len(vector) == len(self.dense):
            logits += (vector * self.scale) @ self.dense.astype(np.float32)
        logits -= logits.max()
        p = np.exp(logits)
        return p / p.sum()

    @classmethod
    def train(
        cls,
        examples: Sequence[Example],
        classes: Sequence[str],
        *,
        seed: int = 13,
        epochs: int = 10,
        min_count: int = 3,
        l2: float = 1e-5,
        rate: float = 0.02,
        batch: int = 32,
        dense_weight: float = 0.5,
        runs: int = 1,
    ) -> LinearModel:
        """Fit on the examples. With ``runs`` > 1, that many fits (seeds ``seed``, ``seed`` +
        1000, ...) are averaged weight by weight: one linear model, steadier across seeds."""
        if runs > 1:
            fits = [
                cls.train(
                    examples,
                    classes,
                    seed=seed + 1000 * k,
                    epochs=epochs,
                    min_count=min_count,
                    l2=l2,
                    rate=rate,
                    batch=batch,
                    dense_weight=dense_weight,
                )
                for k in range(runs)
            ]
            first = fits[0]
            return cls(
                first.classes,
                first.vocab,
                np.mean([f.sparse for f in fits], axis=0),
                np.mean([f.dense for f in fits], axis=0),
                np.mean([f.bias for f in fits], axis=0),
                first.scale,
            )
        counts = Counter(f for ex in examples for f in set(ex.features))
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
        n_cls = len(classes)
        width = max((len(ex.vector) for ex in examples), default=0)
        vectors = np.zeros((len(examples), width), dtype=np.float32)
        for i, ex in enumerate(examples):
            if len(ex.vector) == width:
                vectors[i] = ex.vector
        std = vectors.std(axis=0) if len(examples) else np.ones(width, dtype=np.float32)
        # standardised, then shrunk so that the vector as a whole weighs like a few sparse features
        scale = (dense_weight / np.maximum(std, 1e-3)).astype(np.float32) / np.sqrt(max(width, 1) / 16)
        vectors *= scale
        rows = [np.array(sorted({vocab[f] for f in ex.features if f in vocab}), dtype=np.int64) for ex in examples]
        labels = np.array([ex.label for ex in examples], dtype=np.int64)
        rng = np.random.default_rng(seed)
        params = [
            np.zeros((len(vocab), n_cls), dtype=np.float32),
            np.zeros((width, n_cls), dtype=np.float32),
            np.zeros(n_cls, dtype=np.float32),
        ]
        m = [np.zeros_like(p) for p in params]
        v = [np.zeros_like(p) for p in params]
        b1, b2, eps, step = 0.9, 0.999, 1e-8, 0
        # the weights returned are the average over the second half of training (Polyak
        # averaging): steadier than the last step's on a few thousand examples
        averaged = [np.zeros_like(p) for p in params]
        n_averaged = 0
        for epoch in range(epochs):
            order = rng.permutation(len(examples))
            for start in range(0, len(order), batch):
                ids = order[start : start + batch]
                sparse_w, dense_w, bias = params
                lengths = np.array([len(rows[i]) for i in ids])
                flat = np.concatenate([rows[i] for i in ids]) if lengths.sum() else np.zeros(0, dtype=np.int64)
                owner = np.repeat(np.arange(len(ids)), lengths)
                logits = np.tile(bias, (len(ids), 1)) + vectors[ids] @ dense_w
                np.add.at(logits, owner, sparse_w[flat])
                logits -= logits.max(axis=1, keepdims=True)
                prob = np.exp(logits)
                prob /= prob.sum(axis=1, keepdims=True)
                prob[np.arange(len(ids)), labels[ids]] -= 1.0
                grad_sparse = np.zeros_like(sparse_w)
                np.add.at(grad_sparse, flat, prob[owner])
                touched = np.unique(flat)
                grads = [grad_sparse / len(ids), vectors[ids].T @ prob / len(ids), prob.mean(axis=0)]
                grads[0][touched] += l2 * sparse_w[touched]
                grads[1] += l2 * dense_w
                step += 1
                for k, (p, g) in enumerate(zip(params, grads, strict=True)):
                    m[k] = b1 * m[k] + (1 - b1) * g
                    v[k] = b2 * v[k] + (1 - b2) * g * g
                    mhat = m[k] / (1 - b1**step)
                    vhat = v[k] / (1 - b2**step)
                    p -= rate * mhat / (np.sqrt(vhat) + eps)
                if epoch >= epochs // 2:
                    n_averaged += 1
                    for a, p in zip(averaged, params, strict=True):
                        a += (p - a) / n_averaged
        final = averaged if n_averaged else params
        return cls(tuple(classes), vocab, final[0], final[1], final[2], scale)
