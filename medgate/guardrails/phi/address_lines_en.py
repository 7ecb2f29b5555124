"""Postal addresses printed over several lines under an address label.

Letters and booking forms put the address below its label, a line each for the unit, the street, the town and
the state with its postcode (``Address:⏎Flat 3⏎200 Ironbark Crescent⏎Belconnen ACT 2617``). The one-line
address rules need a street type and stop at the line break. A block of up to four short lines right after
the label, ending in a postcode (Australian, Canadian, US, UK, a New Zealand town and postcode), is the address.
"""

from presidio_analyzer import Pattern

from medgate.guardrails.phi.base import ContextPatternRecognizer

_POSTCODE = (
    r"(?:[A-Z]{2,3},?[ \t]++[0-9]{4}"  # ACT 2617
    r"|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]"  # K5S2J7, V4V 4E7
    r"|[A-Z]{2},?[ \t]++[0-9]{5}(?:-[0-9]{4})?"  # NY 10001
    r"|[A-Z]{1,2}[0-9][A-Z0-9]?[ \t][0-9][A-Z]{2}"  # SW1A 1AA
    r"|\p{Lu}\p{Ll}++[ \t][0-9]{4})"  # Auckland 1062 (a New Zealand town line)
)


def address_block() -> ContextPatternRecognizer:
    """``address:`` at a line's end, then up to four lines, the last ending in a postcode."""
    block = r"(?P<v>(?:[^\n:]{2,60}+\n){0,3}[^\n:]{0,50}?" + _POSTCODE + r")[ \t]*+(?:\n|$)"
    pattern = Pattern("address block", r"(?i:address)[ \t]*+:[ \t]*+\n" + block, 0.85)
    return ContextPatternRecognizer("ADDRESS", [pattern], gate=r"(?i:address)[ \t]*+:[ \t]*+\n")
