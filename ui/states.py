"""GST state names for the buyer's state picker, in English (``pos``'s list) and Hindi."""

from __future__ import annotations

from pos.documents.model import STATE_NAMES

# The same codes as pos.documents.model.STATE_NAMES, as the names are written in Hindi.
HINDI_STATE_NAMES = {
    "01": "जम्मू और कश्मीर", "02": "हिमाचल प्रदेश", "03": "पंजाब", "04": "चंडीगढ़",
    "05": "उत्तराखंड", "06": "हरियाणा", "07": "दिल्ली", "08": "राजस्थान",
    "09": "उत्तर प्रदेश", "10": "बिहार", "11": "सिक्किम", "12": "अरुणाचल प्रदेश",
    "13": "नागालैंड", "14": "मणिपुर", "15": "मिज़ोरम", "16": "त्रिपुरा", "17": "मेघालय",
    "18": "असम", "19": "पश्चिम बंगाल", "20": "झारखंड", "21": "ओडिशा",
    "22": "छत्तीसगढ़", "23": "मध्य प्रदेश", "24": "गुजरात", "25": "दमन और दीव",
    "26": "दादरा और नगर हवेली और दमन और दीव", "27": "महाराष्ट्र",
    "28": "आंध्र प्रदेश (2014 से पहले)", "29": "कर्नाटक", "30": "गोवा", "31": "लक्षद्वीप",
    "32": "केरल", "33": "तमिलनाडु", "34": "पुदुच्चेरी",
    "35": "अंडमान और निकोबार द्वीपसमूह", "36": "तेलंगाना", "37": "आंध्र प्रदेश",
    "38": "लद्दाख", "97": "अन्य क्षेत्र", "99": "केंद्र क्षेत्राधिकार",
}


def state_name(code: str | None, language: str) -> str:
    """The state's name in ``language`` ("hi" or "en"); empty for no code."""
    if not code:
        return ""
    if language == "hi":
        return HINDI_STATE_NAMES.get(code, STATE_NAMES.get(code, code))
    return STATE_NAMES.get(code, code)
