"""Scoring coded events against human-coded gold sets (the rule of ../shared/gold/README.md)."""

from detente.evaluation.gold import GoldEntity, GoldEvent, GoldRecord, load_gold
from detente.evaluation.score import Scores, score

__all__ = ["GoldEntity", "GoldEvent", "GoldRecord", "Scores", "load_gold", "score"]
