"""medgate's checks as guardrails-ai validators, registered under ``medgate/...``."""

from medgate.guardrails.validators.base import MedgateValidator, validate_many
from medgate.guardrails.validators.clinical_advice import ClinicalAdviceValidator
from medgate.guardrails.validators.injection import InjectionValidator
from medgate.guardrails.validators.phi import PhiValidator
from medgate.guardrails.validators.regex import RegexValidator
from medgate.guardrails.validators.safety import SafetyValidator

__all__ = [
    "ClinicalAdviceValidator",
    "InjectionValidator",
    "MedgateValidator",
    "PhiValidator",
    "RegexValidator",
    "SafetyValidator",
    "validate_many",
]
