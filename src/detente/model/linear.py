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
            return cls._average(fits)
        vocab = _vocabulary(examples, min_count)
        vectors, scale = _scaled_vectors(examples, dense_weight)
        rows = [np.array(sorted({vocab[f] for f in ex.features if f in vocab}), dtype=np.int64) for ex in examples]
        labels = np.array([ex.label for ex in examples], dtype=np.int64)
        data = _TrainingData(rows, vectors, labels)
        params = [
            np.zeros((len(vocab), len(classes)), dtype=np.float32),
            np.zeros((vectors.shape[1], len(classes)), dtype=np.float32),
            np.zeros(len(classes), dtype=np.float32),
        ]
        final = _fit(data, params, np.random.default_rng(seed), epochs=epochs, l2=l2, rate=rate, batch=batch)
        return cls(tuple(classes), vocab, final[0], final[1], final[2], scale)

    @classmethod
    def _average(cls, fits: Sequence[LinearModel]) -> LinearModel:
        """One model whose weights are the mean of the fits' (same vocabulary and scaling)."""
        first = fits[0]
        return cls(
            first.classes,
            first.vocab,
            np.mean([f.sparse for f in fits], axis=0),
            np.mean([f.dense for f in fits], axis=0),
            np.mean([f.bias for f in fits], axis=0),
            first.scale,
        )


def _vocabulary(examples: Sequence[Example], min_count: int) -> dict[str, int]:
    """The features found in at least ``min_count`` examples, numbered in sorted order."""
    counts = Counter(f for ex in examples for f in set(ex.features))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}


def _scaled_vectors(examples: Sequence[Example], dense_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """The examples' dense vectors as one matrix (a vector of another width counts as zeros),
    scaled in place, and the per-dimension scale applied."""
    width = max((len(ex.vector) for ex in examples), default=0)
    vectors = np.zeros((len(examples), width), dtype=np.float32)
    for i, ex in enumerate(examples):
        if len(ex.vector) == width:
            vectors[i] = ex.vector
    std = vectors.std(axis=0) if len(examples) else np.ones(width, dtype=np.float32)
    # standardised, then shrunk so that the vector as a whole weighs like a few sparse features
    scale = (dense_weight / np.maximum(std, 1e-3)).astype(np.float32) / np.sqrt(max(width, 1) / 16)
    vectors *= scale
    return vectors, scale


@dataclass(frozen=True)
class _TrainingData:
    """The examples as arrays: each one's sparse feature ids, its scaled vector and its label."""

    rows: list[np.ndarray]
    vectors: np.ndarray
    labels: np.ndarray


def _fit(
    data: _TrainingData,
    params: list[np.ndarray],
    rng: np.random.Generator,
    *,
    epochs: int,
    l2: float,
    rate: float,
    batch: int,
) -> list[np.ndarray]:
    """Train ``params`` (sparse, dense, bias weights) in place with Adam on shuffled
    mini-batches, and return the weights to keep.

    These are the average over the second half of training (Polyak averaging): steadier
    than the last step's on a few thousand examples."""
    adam = _Adam(params, rate)
    averaged = [np.zeros_like(p) for p in params]
    n_averaged = 0
    for epoch in range(epochs):
        order = rng.permutation(len(data.labels))
        for start in range(0, len(order), batch):
            adam.step(_gradients(data, params, order[start : start + batch], l2))
            if epoch >= epochs // 2:
                n_averaged += 1
                for a, p in zip(averaged, params, strict=True):
                    a += (p - a) / n_averaged
    return averaged if n_averaged else params


def _gradients(data: _TrainingData, params: list[np.ndarray], ids: np.ndarray, l2: float) -> list[np.ndarray]:
    """The gradient of the mean cross-entropy over the examples ``ids``, plus the L2
    penalty (on the sparse weights only where the batch has those features)."""
    sparse_w, dense_w, bias = params
    lengths = np.array([len(data.rows[i]) for i in ids])
    flat = np.concatenate([data.rows[i] for i in ids]) if lengths.sum() else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(ids)), lengths)  # the example each entry of ``flat`` belongs to
    logits = np.tile(bias, (len(ids), 1)) + data.vectors[ids] @ dense_w
    np.add.at(logits, owner, sparse_w[flat])
    logits -= logits.max(axis=1, keepdims=True)
    prob = np.exp(logits)
    prob /= prob.sum(axis=1, keepdims=True)
    prob[np.arange(len(ids)), data.labels[ids]] -= 1.0  # now d(loss)/d(logits)
    grad_sparse = np.zeros_like(sparse_w)
    np.add.at(grad_sparse, flat, prob[owner])
    touched = np.unique(flat)
    grads = [grad_sparse / len(ids), data.vectors[ids].T @ prob / len(ids), prob.mean(axis=0)]
    grads[0][touched] += l2 * sparse_w[touched]
    grads[1] += l2 * dense_w
    return grads


class _Adam:
    """The Adam optimiser over a list of arrays, which it updates in place."""

    def __init__(self, params: list[np.ndarray], rate: float) -> None:
        self.params = params
        self.rate = rate
        self.b1, self.b2, self.eps, self.steps = 0.9, 0.999, 1e-8, 0
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]

    def step(self, grads: list[np.ndarray]) -> None:
        b1, b2 = self.b1, self.b2
        self.steps += 1
        for k, (p, g) in enumerate(zip(self.params, grads, strict=True)):
            self.m[k] = b1 * self.m[k] + (1 - b1) * g
            self.v[k] = b2 * self.v[k] + (1 - b2) * g * g
            mhat = self.m[k] / (1 - b1**self.steps)
            vhat = self.v[k] / (1 - b2**self.steps)
            p -= self.rate * mhat / (np.sqrt(vhat) + self.eps)
