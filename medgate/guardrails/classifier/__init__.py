"""Medical-safety and prompt-injection classifier: hashed n-gram ONNX encoder + kernel-scored multi-label head."""

from .categories import CATEGORIES
from .runtime import SafetyClassifier

__all__ = ["CATEGORIES", "SafetyClassifier"]
