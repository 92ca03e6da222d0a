"""Rebuild the sell screen's Hindi: lupdate the sources, fill the Hindi below, lrelease.

Usage: python tools/fill_sell_hi.py
The .ts is regenerated from the sources listed in SOURCES (so moved or deleted strings go),
every string gets its Hindi from the HINDI table, and the .qm is compiled next to it. A
string with no Hindi here is reported and makes the command fail.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "translations" / "sell_hi.ts"
SOURCES = (
    "ui/mainwindow.py", "ui/messages.py", "ui/productcards.py", "ui/receipts.py",
    "ui/keypad.py", "ui/dialogs/signin.py", "ui/dialogs/approve.py", "ui/dialogs/discount.py",
    "ui/dialogs/pay.py", "ui/screens/sell.py", "ui/bill.py", "ui/models/cart.py",
    "ui/errortext.py", "ui/dialogs/buyer.py", "ui/staleday.py", "ui/delivery.py",
)
BIN = Path(sys.executable).parent

HINDI = {
    # buyer on the bill
    "Buyer (Ctrl+B)": "ग्राहक (Ctrl+B)",
    "No buyer named on the bill": "बिल पर ग्राहक का नाम नहीं",
    "(no name)": "(नाम नहीं)",
    "Buyer: {who}": "ग्राहक: {who}",
    "— not given —": "— नहीं बताया —",
    "Only for a registered buyer (15 characters)": "केवल पंजीकृत ग्राहक के लिए (15 अक्षर)",
    "Valid GSTIN, state {state}": "सही GSTIN, राज्य {state}",
    "With a GSTIN, give the buyer's name and address too.":
        "GSTIN के साथ ग्राहक का नाम और पता भी दें।",
    "Buyer on the bill": "बिल पर ग्राहक",
    "Name": "नाम",
    "Mobile": "मोबाइल",
    "Address": "पता",
    "GSTIN": "GSTIN",
    "State": "राज्य",
    "Inter-state": "अंतर-राज्यीय",
    "Buyer from another state: charge IGST": "दूसरे राज्य का ग्राहक: IGST लगेगा",
    "Needed from ₹50,000 and with a GSTIN": "₹50,000 से ऊपर और GSTIN के साथ ज़रूरी",
    "No buyer": "ग्राहक हटाएँ",
    # a day left open
    "An earlier day is still open": "पिछला दिन अभी खुला है",
    "The business day of {date} was never closed. Count the drawer and close it on the "
    "Day screen, then open today's day to sell.":
        "{date} का कारोबारी दिन बंद नहीं हुआ। दराज़ की नकदी गिनकर उसे «दिन» स्क्रीन पर बंद "
        "करें, फिर बेचने के लिए आज का दिन खोलें।",
    "Close it now": "अभी बंद करें",
    # whole sentences from pos (ui/errortext.py)
    "No business day is open. Open the day with a cash float first.":
        "कोई दिन खुला नहीं है। पहले शुरुआती नकद (फ़्लोट) के साथ दिन खोलें।",
    "The bill is empty; add a product first.": "बिल खाली है; पहले कोई सामान जोड़ें।",
    "With the buyer's GSTIN the bill must carry their name and address too.":
        "ग्राहक के GSTIN के साथ बिल पर उनका नाम और पता भी होना चाहिए।",
    "From ₹50,000 up the bill must carry the buyer's name and address.":
        "₹50,000 या उससे अधिक के बिल पर ग्राहक का नाम और पता होना चाहिए।",
    "An inter-state (IGST) bill needs the buyer's state: enter their state code or GSTIN.":
        "दूसरे राज्य (IGST) के बिल के लिए ग्राहक का राज्य चाहिए: राज्य कोड या GSTIN डालें।",
    "{sku} ({name}) is no longer sold; remove it from the bill.":
        "{sku} ({name}) अब नहीं बिकता; इसे बिल से हटाएँ।",
    "Wrong PIN for {name}. {left} tries left before a {minutes}-minute lock.":
        "{name} का पिन गलत है। {minutes} मिनट के लॉक से पहले {left} कोशिश बाकी हैं।",
    "Wrong PIN. {name} is now locked for {minutes} minutes (until {at}).":
        "गलत पिन। {name} अब {minutes} मिनट के लिए लॉक है ({at} तक)।",
    "{name} is locked after {tries} wrong PINs; try again in {minutes} minutes (at {at}).":
        "{tries} बार गलत पिन के बाद {name} लॉक है; {minutes} मिनट बाद ({at} पर) फिर कोशिश "
        "करें।",
    "Only {level} of {sku} ({name}) in stock, {qty} on the bill; a manager can allow "
    "selling below stock.":
        "{sku} ({name}) स्टॉक में केवल {level} हैं, बिल पर {qty}; स्टॉक से ज़्यादा बेचने की "
        "अनुमति मैनेजर दे सकते हैं।",
    "Payments of {paid} do not cover the bill of {total}: {due} is still due.":
        "{paid} का भुगतान {total} के बिल के लिए कम है: {due} अभी बाकी है।",
    "Cash tendered cannot be less than the cash amount.":
        "दी गई नकदी नकद रकम से कम नहीं हो सकती।",
    "A UPI reference (UTR) is 12 digits; '{text}' has {n} characters.":
        "UPI संदर्भ (UTR) 12 अंकों का होता है; '{text}' में {n} अक्षर हैं।",
    "Enter the buyer's mobile number.": "ग्राहक का मोबाइल नंबर डालें।",
    "UPI reference {utr} was already used to pay bill {invoice}: check the payment on the "
    "stall's phone; an old screenshot is not a new payment.":
        "UPI संदर्भ {utr} से बिल {invoice} का भुगतान पहले ही हो चुका है: स्टॉल के फ़ोन पर "
        "भुगतान जाँचें; पुराना स्क्रीनशॉट नया भुगतान नहीं है।",
    "UPI reference {utr} is entered twice on this bill.":
        "UPI संदर्भ {utr} इस बिल पर दो बार डाला गया है।",
    "Close the day of {date} before selling: it was left open, and today's sales belong in "
    "a new day.":
        "बेचने से पहले {date} का दिन बंद करें: वह खुला रह गया था, और आज की बिक्री नए दिन में "
        "जाती है।",
    "{price} is above the MRP of {name} ({mrp}): a piece cannot be sold above its MRP; a "
    "price change can only lower the price.":
        "{price} {name} के MRP ({mrp}) से ज़्यादा है: कोई सामान MRP से ऊपर नहीं बिक सकता; "
        "दाम बदलकर केवल कम किया जा सकता है।",
    # pre-order delivery (ui/delivery.py)
    "Only a pre-order still to deliver can be delivered.":
        "केवल वही अग्रिम ऑर्डर दिया जा सकता है जो अभी देना बाकी है।",
    "Balance for pre-order {number}": "अग्रिम ऑर्डर {number} की बाकी रकम",
    "Deliver the pre-order": "अग्रिम ऑर्डर दें",
    "The advance of {advance} covers pre-order {number}: nothing more to take. Deliver it "
    "and print the invoice?":
        "{advance} के अग्रिम से अग्रिम ऑर्डर {number} पूरा चुक गया है: और कुछ नहीं लेना। "
        "सामान देकर बिल छापें?",
    "Deliver and print": "दें और बिल छापें",
    "'{text}' is not a phone number: use digits only, e.g. 98765 43210.":
        "'{text}' फ़ोन नंबर नहीं है: केवल अंक लिखें, जैसे 98765 43210।",
    "'{text}' is not an Indian number; only Indian mobiles (+91) can be taken.":
        "'{text}' भारतीय नंबर नहीं है; केवल भारतीय मोबाइल (+91) लिए जा सकते हैं।",
    "'{text}' is not a valid Indian mobile number ({n} digits); a mobile has 10 digits, "
    "e.g. 98765 43210.":
        "'{text}' सही भारतीय मोबाइल नंबर नहीं है ({n} अंक); मोबाइल में 10 अंक होते हैं, "
        "जैसे 98765 43210।",
    "'{text}' is a landline, not a mobile; ask the buyer for a mobile number that can "
    "receive calls and WhatsApp.":
        "'{text}' लैंडलाइन है, मोबाइल नहीं; ग्राहक से ऐसा मोबाइल नंबर माँगें जिस पर कॉल और "
        "WhatsApp आ सके।",
    "No printer is set up; choose one in Settings → Printer.":
        "कोई प्रिंटर सेट नहीं है; सेटिंग्स → प्रिंटर में चुनें।",
    "The printer was not found; check it is switched on and connected.":
        "प्रिंटर नहीं मिला; देखें कि वह चालू है और जुड़ा है।",
    "The printer did not answer; check it is switched on and on this network.":
        "प्रिंटर ने जवाब नहीं दिया; देखें कि वह चालू है और इसी नेटवर्क पर है।",
    "The printer refused the connection; check it is on and its address is right.":
        "प्रिंटर ने कनेक्शन नहीं लिया; देखें कि वह चालू है और उसका पता सही है।",
    "The printer is out of paper; load a new roll and reprint.":
        "प्रिंटर में कागज़ खत्म है; नया रोल डालकर फिर छापें।",
    # approval, discount, keypad
    "Manager approval": "मैनेजर की मंज़ूरी",
    "Manager": "मैनेजर",
    "Manager PIN": "मैनेजर का पिन",
    "Item": "सामान",
    "Qty": "मात्रा",
    "Price": "दाम",
    "Discount": "छूट",
    "Amount": "रकम",
    "Percent": "प्रतिशत",
    "Rupees": "रुपये",
    "Kind": "प्रकार",
    "Reason": "कारण",
    "No discount": "छूट हटाएँ",
    "OK": "ठीक",
    "Cancel": "रद्द करें",
    "Close": "बंद करें",
    "Add to bill": "बिल में जोड़ें",
    "Checking the PIN…": "पिन जाँचा जा रहा है…",
    "Press Esc again to clear this bill and start a new one.":
        "यह बिल मिटाकर नया बिल शुरू करने के लिए Esc फिर दबाएँ।",
    "Wrong PIN.": "गलत पिन।",
    "Locked after too many wrong PINs.": "कई बार गलत पिन के बाद लॉक है।",
    "A manager's PIN is needed.": "मैनेजर का पिन चाहिए।",
    "Not found.": "नहीं मिला।",
    "The printer did not print.": "प्रिंटर ने नहीं छापा।",
    "The disk is full; nothing was saved.": "डिस्क भर गई है; कुछ भी सहेजा नहीं गया।",
    "The stall database cannot be used.": "स्टॉल का डेटाबेस इस्तेमाल नहीं हो सकता।",
    "Please check:": "कृपया जाँचें:",
    "Buyer wants this: take a lead": "ग्राहक को यह चाहिए: लीड लें",
    "Open the day first: Day screen (Ctrl+4), then Open day.":
        "पहले दिन खोलें: दिन स्क्रीन (Ctrl+4), फिर «दिन खोलें»।",
    "Clear": "मिटाएँ",
    # main window
    "{n} records waiting to sync": "{n} रिकॉर्ड सिंक की प्रतीक्षा में",
    "The day screen is not available in this build.":
        "इस संस्करण में दिन की स्क्रीन उपलब्ध नहीं है।",
    "Locked": "लॉक है",
    "manager": "मैनेजर",
    "cashier": "कैशियर",
    "Mela POS": "मेला POS",
    "Close day": "दिन बंद करें",
    "Switch user": "उपयोगकर्ता बदलें",
    "Lock": "लॉक करें",
    "Something went wrong inside Mela POS ({error}). Nothing was lost; the details are in "
    "the log.": "मेला POS के अंदर कुछ गड़बड़ हुई ({error})। कुछ भी खोया नहीं है; विवरण लॉग "
                "में है।",
    # pay dialog
    "Bill total {total}": "बिल का कुल {total}",
    "Balance due {total}": "बकाया राशि {total}",
    "Still due {due}": "अभी बाकी {due}",
    "Type the cash handed over, e.g. 500": "दी गई नकद रकम लिखें, जैसे 500",
    "Change {change}": "वापसी {change}",
    "{left} more is due after this cash": "इस नकद के बाद {left} और बाकी है",
    "UTR complete ✓": "UTR पूरा ✓",
    "{n} of 12 digits": "12 में से {n} अंक",
    "12 digits, from the buyer's payment screen": "12 अंक, ग्राहक के भुगतान स्क्रीन से",
    "Type the UPI amount": "UPI रकम लिखें",
    "Pay {amount} to {payee} ({vpa})": "{payee} ({vpa}) को {amount} भुगतान करें",
    "Cash {amount} (handed {tendered})": "नकद {amount} (दिए {tendered})",
    "UPI {amount}, UTR {utr}": "UPI {amount}, UTR {utr}",
    "Card {amount}, ref {ref}": "कार्ड {amount}, संदर्भ {ref}",
    "Type the 12-digit UTR from the buyer's UPI app.":
        "ग्राहक के UPI ऐप से 12 अंकों का UTR लिखें।",
    "The UPI amount must be more than zero and not more than is due.":
        "UPI रकम शून्य से अधिक और बाकी रकम से ज़्यादा नहीं होनी चाहिए।",
    "Type the card terminal's reference and an amount not more than is due.":
        "कार्ड मशीन का संदर्भ नंबर और बाकी से ज़्यादा नहीं, इतनी रकम लिखें।",
    "Type the cash handed over.": "दी गई नकद रकम लिखें।",
    "{left} is still due after this. Press Add to take it as part of the payment.":
        "इसके बाद भी {left} बाकी है। इसे भुगतान के हिस्से के रूप में लेने के लिए जोड़ें दबाएँ।",
    "Sign in first.": "पहले साइन इन करें।",
    "Saving the bill…": "बिल सहेजा जा रहा है…",
    "The bill could not be saved because of an error inside Mela POS; nothing was "
    "written. Try again, or note the sale on paper.":
        "मेला POS के अंदर की गड़बड़ी से बिल सहेजा नहीं जा सका; कुछ भी नहीं लिखा गया। फिर "
        "कोशिश करें, या बिक्री काग़ज़ पर लिख लें।",
    "Payment": "भुगतान",
    "Cash (F5)": "नकद (F5)",
    "UPI QR (F6)": "UPI QR (F6)",
    "Card (F7)": "कार्ड (F7)",
    "Cash handed over by the buyer": "ग्राहक द्वारा दी गई नकद रकम",
    "Exact": "पूरी रकम",
    "Add cash, pay the rest another way": "नकद जोड़ें, बाकी दूसरे तरीके से",
    "UPI amount": "UPI रकम",
    "When the money has arrived, type the UTR (12 digits) from the buyer's phone:":
        "पैसा आ जाने पर ग्राहक के फ़ोन से UTR (12 अंक) लिखें:",
    "Add UPI, pay the rest another way": "UPI जोड़ें, बाकी दूसरे तरीके से",
    "Card amount": "कार्ड रकम",
    "Reference number printed on the card terminal's slip:":
        "कार्ड मशीन की पर्ची पर छपा संदर्भ नंबर:",
    "Add card, pay the rest another way": "कार्ड जोड़ें, बाकी दूसरे तरीके से",
    "Remove": "हटाएँ",
    "Confirm and print (F12)": "पक्का करें और छापें (F12)",
    "Back to bill": "बिल पर वापस",
    # product card
    "Out of stock": "स्टॉक ख़त्म",
    "Last piece": "आख़िरी नग",
    "{n} left": "{n} बचे",
    # receipts
    "Receipt {invoice} printed.": "रसीद {invoice} छप गई।",
    "Receipt printing is not available in this build; bill {invoice} is saved.":
        "इस संस्करण में रसीद छपाई उपलब्ध नहीं है; बिल {invoice} सहेजा गया है।",
    "The receipt for bill {invoice} did not print: {problem} The bill is saved.":
        "बिल {invoice} की रसीद नहीं छपी: {problem} बिल सहेजा गया है।",
    "The receipt for bill {invoice} did not print because of an error inside Mela POS. "
    "The bill is saved.":
        "मेला POS के अंदर की गड़बड़ी से बिल {invoice} की रसीद नहीं छपी। बिल सहेजा गया है।",
    "Printer": "प्रिंटर",
    "Reprint": "फिर से छापें",
    # sell screen
    "Sell": "बेचें",
    "Search name, SKU or barcode (F2) — नाम से खोजें":
        "नाम, SKU या बारकोड से खोजें (F2) — search by name",
    "Buyer lead (F9)": "ग्राहक लीड (F9)",
    "Qty (F4)": "मात्रा (F4)",
    "Discount (F8)": "छूट (F8)",
    "Bill discount (Shift+F8)": "बिल पर छूट (Shift+F8)",
    "New bill (Ctrl+Del)": "नया बिल (Ctrl+Del)",
    "Items": "सामान",
    "Discounts": "छूट",
    "Taxable value": "कर योग्य मूल्य",
    "CGST": "CGST",
    "SGST": "SGST",
    "IGST": "IGST",
    "Round-off": "पूर्णांकन",
    "Total": "कुल",
    "All crafts": "सभी शिल्प",
    "{n} products": "{n} उत्पाद",
    "No product has the code {code}.": "कोड {code} का कोई उत्पाद नहीं है।",
    "{name} is out of stock: none left to sell.":
        "{name} का स्टॉक ख़त्म है: बेचने को कुछ नहीं बचा।",
    "Only {left} of {name} left; the bill would have {wanted}.":
        "{name} के केवल {left} बचे हैं; बिल में {wanted} हो जाएँगे।",
    "Manager override": "मैनेजर की अनुमति",
    "Sell {name} past the stock level?": "{name} स्टॉक से ज़्यादा बेचें?",
    "Quantity": "मात्रा",
    "Discount on {name}": "{name} पर छूट",
    "Discount on the whole bill": "पूरे बिल पर छूट",
    "This discount is above the {limit} % a cashier may give.":
        "यह छूट कैशियर की {limit} % सीमा से ज़्यादा है।",
    "Pay {total}  (F12)": "भुगतान {total}  (F12)",
    "Pay (F12)": "भुगतान (F12)",
    "Bill {invoice} saved.": "बिल {invoice} सहेजा गया।",
    "Give change {change}.": "{change} वापस दें।",
    "The lead form is not available in this build.":
        "इस संस्करण में लीड फ़ॉर्म उपलब्ध नहीं है।",
    # sign-in
    "Choose your name first.": "पहले अपना नाम चुनें।",
    "Type your PIN.": "अपना पिन लिखें।",
    "The two new PINs differ; type them again.": "दोनों नए पिन अलग हैं; फिर से लिखें।",
    "Who is at the counter?": "काउंटर पर कौन है?",
    "PIN": "पिन",
    "Sign in": "साइन इन",
    "This is the first sign-in with the starting PIN. Choose a new PIN of 4 to 6 digits "
    "that only you know.":
        "यह शुरुआती पिन से पहला साइन इन है। 4 से 6 अंकों का नया पिन चुनें जो केवल आप "
        "जानते हों।",
    "New PIN": "नया पिन",
    "New PIN again": "नया पिन दोबारा",
    "Save PIN and sign in": "पिन सहेजें और साइन इन करें",
    "First start: the manager's starting PIN is %1. You will choose your own PIN "
    "right after signing in.":
        "पहली बार: मैनेजर का शुरुआती PIN %1 है। साइन इन करते ही आप अपना PIN चुनेंगे।",
}


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def main() -> int:
    """Regenerate, fill and compile; report sources that have no Hindi."""
    TS.unlink(missing_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), *SOURCES, "-ts", str(TS), "-target-language",
                    "hi_IN", "-no-obsolete", "-silent"], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished" and translation.text:
            continue
        if source in HINDI:
            translation.text = HINDI[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"no Hindi for: {source}", file=sys.stderr)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(TS.with_suffix(".qm"))], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
