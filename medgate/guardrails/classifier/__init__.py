"""Medical-safety and prompt-injection classifier: a pretrained sentence encoder over sentence windows with
calibrated per-category heads (model.py); the older hashed n-gram model stays loadable (runtime.py)."""

from .categories import CATEGORIES
from .model import SafetyClassifier

__all__ = ["CATEGORIES", "SafetyClassifier"]
