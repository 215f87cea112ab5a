"""The pipeline: named stages with one signature, run by a small loop."""

from detente.pipeline.base import Pipeline, Stage, Work, stage

__all__ = ["Pipeline", "Stage", "Work", "stage"]
