"""Whole Hindi sentences for the messages from ``pos`` that the counter sees most.

``pos`` speaks English and never translates (the CLI and the logs read it as it is). The
app recognises its most common user-facing sentences (wrong PIN, lock-outs, no open day,
stock, short payment, UTR, the buyer details a bill needs, phone numbers, printer trouble)
by exception class and wording, keeps the details they carry (names, amounts, times) and
says them in the screen's language. Anything not recognised falls back to a Hindi headline
over the English (``ui.messages.explain``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

_Rule = tuple[type[BaseException], re.Pattern[str], str]



def _rules() -> list[_Rule]:
    """(exception class, English pattern with named groups, translated template)."""
    from pos.errors import InputError, PrinterError
    from pos.staff import StaffLocked, WrongPin

    money = r"₹[\d,]+(?:\.\d\d)?"
    raw: list[tuple[type[BaseException], str, Callable[[], str]]] = [
        (WrongPin, r"Wrong PIN for (?P<name>.+?)\. (?P<left>\d+) tr(?:y|ies) left before a "
                   r"(?P<minutes>\d+)-minute lock\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Wrong PIN for {name}. {left} tries left before a {minutes}-minute "
             "lock.")),
        (StaffLocked, r"Wrong PIN\. (?P<name>.+) is now locked for (?P<minutes>\d+) minutes "
                      r"\(until (?P<at>[\d:]+)\)\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Wrong PIN. {name} is now locked for {minutes} minutes (until {at}).")),
        (StaffLocked, r"(?P<name>.+) is locked after (?P<tries>\d+) wrong PINs; try again in "
                      r"(?P<minutes>\d+) minutes? \(at (?P<at>[\d:]+)\)\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "{name} is locked after {tries} wrong PINs; try again in {minutes} "
             "minutes (at {at}).")),
        (InputError, r"Only (?P<level>-?\d+) of (?P<sku>\S+) \((?P<name>.*)\) in stock, "
                     r"(?P<qty>\d+) on the bill; a manager can allow selling below stock\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Only {level} of {sku} ({name}) in stock, {qty} on the bill; a "
             "manager can allow selling below stock.")),
        (InputError, rf"Payments of (?P<paid>{money}) do not cover the bill of "
                     rf"(?P<total>{money}): (?P<due>{money}) is still due\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Payments of {paid} do not cover the bill of {total}: {due} is still "
             "due.")),
        (InputError, r"Cash tendered cannot be less than the cash amount\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Cash tendered cannot be less than the cash amount.")),
        (InputError, r"A UPI reference \(UTR\) is 12 digits; '(?P<text>.*)' has (?P<n>\d+) "
                     r"characters\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "A UPI reference (UTR) is 12 digits; '{text}' has {n} characters.")),
        (InputError, r"UPI reference (?P<utr>\d+) was already used to pay bill "
                     r"(?P<invoice>\S+): .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "UPI reference {utr} was already used to pay bill {invoice}: check the "
             "payment on the stall's phone; an old screenshot is not a new payment.")),
        (InputError, r"UPI reference (?P<utr>\d+) is entered twice on this bill\.",
         lambda: QCoreApplication.translate(
             "ErrorText", "UPI reference {utr} is entered twice on this bill.")),
        (InputError, r"Close the day of (?P<date>[\d-]+) before selling: .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Close the day of {date} before selling: it was left open, and today's "
             "sales belong in a new day.")),
        (InputError, r"(?P<price>₹[\d,.]+) is above the MRP of (?P<name>.+) "
                     r"\((?P<mrp>₹[\d,.]+)\): .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "{price} is above the MRP of {name} ({mrp}): a piece cannot be sold above "
             "its MRP; a price change can only lower the price.")),
        (InputError, r"No business day is open\. Open the day with a cash float first\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "No business day is open. Open the day with a cash float first.")),
        (InputError, r"The bill is empty; add a product first\.",
         lambda: QCoreApplication.translate(
             "ErrorText", "The bill is empty; add a product first.")),
        (InputError, r"With the buyer's GSTIN the bill must carry their name and address "
                     r"too\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "With the buyer's GSTIN the bill must carry their name and address too.")),
        (InputError, r"From ₹50,000 up the bill must carry the buyer's name and address\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "From ₹50,000 up the bill must carry the buyer's name and address.")),
        (InputError, r"An inter-state \(IGST\) bill needs the buyer's state: enter their "
                     r"state code or GSTIN\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "An inter-state (IGST) bill needs the buyer's state: enter their state "
             "code or GSTIN.")),
        (InputError, r"(?P<sku>\S+) \((?P<name>.*)\) is no longer sold; remove it\.",
         lambda: QCoreApplication.translate(
             "ErrorText", "{sku} ({name}) is no longer sold; remove it from the bill.")),
        (InputError, r"Enter the buyer's mobile number\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "Enter the buyer's mobile number.")),
        (InputError, r"'(?P<text>.*)' is not a phone number: use digits only, e\.g\. "
                     r"98765 43210\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "'{text}' is not a phone number: use digits only, e.g. 98765 43210.")),
        (InputError, r"'(?P<text>.*)' is not an Indian number; only Indian mobiles \(\+91\) "
                     r"can be taken\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "'{text}' is not an Indian number; only Indian mobiles (+91) can be "
             "taken.")),
        (InputError, r"'(?P<text>.*)' is not a valid Indian mobile number \((?P<n>\d+) "
                     r"digits\); a mobile has 10 digits, e\.g\. 98765 43210\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "'{text}' is not a valid Indian mobile number ({n} digits); a mobile "
             "has 10 digits, e.g. 98765 43210.")),
        (InputError, r"'(?P<text>.*)' is a landline, not a mobile; .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "'{text}' is a landline, not a mobile; ask the buyer for a mobile "
             "number that can receive calls and WhatsApp.")),
        (PrinterError, r"No printer is set up; .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "No printer is set up; choose one in Settings → Printer.")),
        (PrinterError, r"Choose a printer first\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "No printer is set up; choose one in Settings → Printer.")),
        (PrinterError, r"The (?P<name>.+) was not found; check it is switched on and "
                       r"connected\.",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "The printer was not found; check it is switched on and connected.")),
        (PrinterError, r"The (?P<name>.+) did not answer; .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "The printer did not answer; check it is switched on and on this "
             "network.")),
        (PrinterError, r"The (?P<name>.+) refused the connection; .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "The printer refused the connection; check it is on and its address "
             "is right.")),
        (PrinterError, r"The (?P<name>.+) is out of paper; .*",
         lambda: QCoreApplication.translate(
             "ErrorText",
             "The printer is out of paper; load a new roll and reprint.")),
    ]
    return [(kind, re.compile(pattern, re.DOTALL), template) for kind, pattern, template
            in ((k, p, make()) for k, p, make in raw)]


def translated(exc: BaseException) -> str | None:
    """The whole sentence of ``exc`` in the current UI language, or None if not known."""
    text = str(exc)
    for kind, pattern, template in _rules():
        if isinstance(exc, kind):
            found = pattern.fullmatch(text)
            if found:
                return template.format(**found.groupdict())
    return None
