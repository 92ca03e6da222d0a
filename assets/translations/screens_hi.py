"""Hindi for the leads, orders, day, stock, settings and sync texts (source of screens_hi.ts).

Run ``python assets/translations/screens_hi.py`` after ``pyside6-lupdate`` to fill the .ts
file from this table, then ``pyside6-lrelease`` to build the .qm (see docs/app-screens.md).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HINDI = {
    "Count the cash drawer": "गल्ले की नकदी गिनें",
    "Coins (amount in ₹)": "सिक्के (कुल ₹ में)",
    "Counted": "गिना गया",
    "SKU, or describe the product": "SKU, या उत्पाद का विवरण लिखें",
    "Add": "जोड़ें",
    "Remove": "हटाएँ",
    "Enter the buyer's mobile.": "ख़रीदार का मोबाइल नंबर लिखें।",
    "Take a lead": "ख़रीदार का नंबर लें",
    "Mobile": "मोबाइल",
    "Name": "नाम",
    "District": "ज़िला",
    "Interested in": "किसमें रुचि है",
    "Note": "टिप्पणी",
    "Optional": "वैकल्पिक",
    "e.g. Madhubani": "जैसे मधुबनी",
    "The buyer agrees to be contacted (notice read out)":
        "ख़रीदार संपर्क के लिए सहमत है (सूचना पढ़कर सुनाई गई)",
    "Save lead": "लीड सहेजें",
    "Cancel": "रद्द करें",
    "new": "नई",
    "contacted": "संपर्क हुआ",
    "bought": "ख़रीदा",
    "closed": "बंद",
    "to deliver": "पहुँचाना है",
    "delivered": "पहुँचा दिया",
    "cancelled": "रद्द",
    "paid": "भुगतान हुआ",
    "refunded": "पैसे लौटाए",
    "part refunded": "आंशिक वापसी",
    "voided": "निरस्त",
    "Cash": "नकद",
    "UPI": "UPI",
    "Card": "कार्ड",
    "Mobile number, 10 digits": "मोबाइल नंबर, 10 अंक",
    "Valid mobile: %1": "सही मोबाइल नंबर: %1",
    "Type the agreed price for '%1'.": "'%1' का तय दाम लिखें।",
    "Take a pre-order": "अग्रिम ऑर्डर लें",
    "Add item": "सामान जोड़ें",
    "Items": "सामान",
    "Total": "कुल",
    "Advance": "अग्रिम राशि",
    "Balance due": "बाक़ी राशि",
    "Delivery address": "डिलीवरी का पता",
    "PIN code": "पिन कोड",
    "Promised by": "कब तक",
    "Buyer's name": "ख़रीदार का नाम",
    "SKU or barcode, or describe the item": "SKU या बारकोड, या सामान का विवरण",
    "Price ₹": "दाम ₹",
    "Item": "सामान",
    "Qty": "संख्या",
    "Price": "दाम",
    "UTR (12 digits) or card ref.": "UTR (12 अंक) या कार्ड संदर्भ",
    "House, street, town, district": "मकान, गली, शहर, ज़िला",
    "Save pre-order": "अग्रिम ऑर्डर सहेजें",
    "Records the hub refused": "हब ने जो रिकॉर्ड लौटाए",
    "Kind": "प्रकार",
    "Record": "रिकॉर्ड",
    "Made": "बना",
    "Reason": "कारण",
    "These records stay on this laptop. Tell the office the record numbers; "
    "nothing else is held up.":
        "ये रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं। दफ़्तर को रिकॉर्ड नंबर बताएँ; "
        "बाक़ी कुछ नहीं रुका है।",
    "Taken": "लिया गया",
    "(erased)": "(मिटाया गया)",
    "Consent": "सहमति",
    "yes": "हाँ",
    "no": "नहीं",
    "Status": "स्थिति",
    "Pre-order": "अग्रिम ऑर्डर",
    "Promised": "वादा",
    "Leads": "लीड",
    "Status saved.": "स्थिति सहेजी गई।",
    "Erase this buyer's data?": "इस ख़रीदार की जानकारी मिटाएँ?",
    "Erase the phone number, name, district, note and products of %1? "
    "This cannot be undone; the hub erases its copy too.":
        "%1 का फ़ोन नंबर, नाम, ज़िला, टिप्पणी और उत्पाद मिटाएँ? यह वापस नहीं होगा; "
        "हब भी अपनी प्रति मिटा देगा।",
    "The buyer's data was erased.": "ख़रीदार की जानकारी मिटा दी गई।",
    "Choose a pre-order first.": "पहले एक अग्रिम ऑर्डर चुनें।",
    "Delivered: bill %1, advance %2 applied. Printing the receipt…":
        "पहुँचा दिया: बिल %1, अग्रिम %2 घटाया गया। रसीद छप रही है…",
    "Pre-orders": "अग्रिम ऑर्डर",
    "Find by phone, name, district or product": "फ़ोन, नाम, ज़िला या उत्पाद से खोजें",
    "All statuses": "सभी स्थितियाँ",
    "New lead": "नई लीड",
    "New pre-order": "नया अग्रिम ऑर्डर",
    "Set status": "स्थिति बदलें",
    "Erase on request…": "अनुरोध पर मिटाएँ…",
    "Deliver and bill balance": "सौंपें और बाकी का बिल बनाएँ",
    "Bill": "बिल",
    "Time": "समय",
    "Paid by": "भुगतान",
    "Buyer": "ख़रीदार",
    "Orders": "बिल",
    "Choose a bill on the left.": "बाईं ओर से एक बिल चुनें।",
    "Paid: %1": "भुगतान: %1",
    "Refund %1: %2 by %3": "वापसी %1: %2, %3 से",
    "Voided: %1": "निरस्त: %1",
    "Set how many pieces go back on each line to refund.":
        "हर पंक्ति में लिखें कि कितने नग वापस आए।",
    "Write why the money is given back.": "लिखें कि पैसे क्यों लौटाए जा रहे हैं।",
    "Refund on bill %1": "बिल %1 पर वापसी",
    "Write why the bill is voided.": "लिखें कि बिल क्यों निरस्त किया जा रहा है।",
    "Void the whole bill %1": "पूरा बिल %1 निरस्त करें",
    "Refund saved. Hand the money back.": "वापसी दर्ज हुई। पैसे लौटा दें।",
    "Bill voided.": "बिल निरस्त हुआ।",
    "Something went wrong (%1); see the log.": "कुछ गड़बड़ हुई (%1); लॉग देखें।",
    "Printing %1…": "%1 छप रहा है…",
    "Bill number, name or product": "बिल नंबर, नाम या उत्पाद",
    "Buyer phone": "ख़रीदार का फ़ोन",
    "Dates": "तारीख़",
    "Total ₹": "कुल ₹",
    "Find": "खोजें",
    "Product": "उत्पाद",
    "Amount": "राशि",
    "Returned": "वापस",
    "Refund qty": "वापसी संख्या",
    "Reprint receipt": "रसीद फिर छापें",
    "Print A5 invoice": "A5 इनवॉइस छापें",
    "Reprint": "फिर छापें",
    "Refund by": "वापसी का तरीक़ा",
    "UTR / ref.": "UTR / संदर्भ",
    "Refund chosen pieces (manager PIN)": "चुने नगों की वापसी (मैनेजर PIN)",
    "Void whole bill (manager PIN)": "पूरा बिल निरस्त (मैनेजर PIN)",
    "Day": "दिन",
    "The day is closed. Open a new day to sell.": "दिन बंद हो गया। बेचने के लिए नया दिन खोलें।",
    "No day is open. Count the float to open one.":
        "कोई दिन खुला नहीं है। शुरुआती नकदी गिनकर दिन खोलें।",
    "Day %1 open since %2": "दिन %1, %2 से खुला",
    "Day opened.": "दिन खुल गया।",
    "Preparing the Z report…": "Z रिपोर्ट बन रही है…",
    "Close the day with %1 counted.": "%1 गिनकर दिन बंद करें।",
    "Closing the day…": "दिन बंद हो रहा है…",
    "Day closed. Print the Z report for the file.": "दिन बंद हुआ। फ़ाइल के लिए Z रिपोर्ट छापें।",
    "End-of-day sync: this stall is not paired with a hub yet (Settings → Hub pairing). "
    "The records stay safe on this laptop.":
        "दिन के अंत का सिंक: यह स्टॉल अभी हब से जुड़ा नहीं है (सेटिंग → हब से जोड़ें)। "
        "रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं।",
    "End-of-day sync started…": "दिन के अंत का सिंक शुरू…",
    "End-of-day sync done: %1": "दिन के अंत का सिंक पूरा: %1",
    "End-of-day sync did not finish (%1); it will retry by itself.":
        "दिन के अंत का सिंक पूरा नहीं हुआ (%1); यह अपने-आप फिर कोशिश करेगा।",
    "Printing the Z report…": "Z रिपोर्ट छप रही है…",
    "Open the day": "दिन खोलें",
    "Opening float (₹)": "शुरुआती नकदी (₹)",
    "Open day": "दिन खोलें",
    "Expected and counted": "अपेक्षित और गिनी गई नकदी",
    "Opening float": "शुरुआती नकदी",
    "Expected cash": "अपेक्षित नकदी",
    "Counted cash": "गिनी गई नकदी",
    "Variance": "अंतर",
    "Preview Z report": "Z रिपोर्ट देखें",
    "Close the day (manager PIN)": "दिन बंद करें (मैनेजर PIN)",
    "Print Z report": "Z रिपोर्ट छापें",
    "Z report": "Z रिपोर्ट",
    "SKU": "SKU",
    "Artisan": "शिल्पकार",
    "In stock": "स्टॉक में",
    "Stock": "स्टॉक",
    "All crafts": "सभी शिल्प",
    "%1 products shown · %2 sold out · %3 running low":
        "%1 उत्पाद दिखाए · %2 ख़त्म · %3 कम बचे",
    "Choose a product to correct its count.": "गिनती सुधारने के लिए उत्पाद चुनें।",
    "%1: %2 in the system": "%1: सिस्टम में %2",
    "The count matches the system; nothing to correct.": "गिनती सिस्टम से मिलती है; कुछ सुधारना नहीं।",
    "Write why the count differs (damaged, found, …).":
        "लिखें कि गिनती क्यों अलग है (टूटा, मिला, …)।",
    "Correct %1 by %2 pieces": "%1 में %2 नग का सुधार",
    "Stock of %1 corrected by %2.": "%1 का स्टॉक %2 से सुधारा गया।",
    "Find by SKU, barcode or name": "SKU, बारकोड या नाम से खोजें",
    "Low and sold out only": "केवल कम और ख़त्म",
    "Count correction (manager)": "गिनती सुधार (मैनेजर)",
    "Reason, e.g. damaged in transit": "कारण, जैसे रास्ते में टूटा",
    "Correct stock (manager PIN)": "स्टॉक सुधारें (मैनेजर PIN)",
    "Settings": "सेटिंग",
    "Device %1 · next bill %2": "डिवाइस %1 · अगला बिल %2",
    "Paired with %1.": "%1 से जुड़ा है।",
    "Not paired: sales stay on this laptop until you pair it with the hub.":
        "जुड़ा नहीं: हब से जोड़ने तक बिक्री इसी लैपटॉप पर रहेगी।",
    "tax invoices": "टैक्स इनवॉइस",
    "bills of supply": "बिल ऑफ़ सप्लाई",
    "Saved. Bills will be %1.": "सहेजा गया। बिल %1 होंगे।",
    "Printing a test slip…": "परीक्षण पर्ची छप रही है…",
    "Discount limit saved.": "छूट की सीमा सहेजी गई।",
    "The sync client is not part of this build.": "इस संस्करण में सिंक उपलब्ध नहीं है।",
    "Enter the hub address and the pairing code.": "हब का पता और जोड़ने का कोड लिखें।",
    "Pairing…": "जोड़ा जा रहा है…",
    "Paired. The first sync starts now.": "जुड़ गया। पहला सिंक अभी शुरू होता है।",
    "Seller (printed on every bill)": "विक्रेता (हर बिल पर छपता है)",
    "Address": "पता",
    "GSTIN": "GSTIN",
    "Phone": "फ़ोन",
    "UPI ID (VPA)": "UPI ID (VPA)",
    "UPI payee name": "UPI पाने वाले का नाम",
    "Invoice series": "इनवॉइस शृंखला",
    "Leave empty if not registered": "पंजीकृत न हों तो ख़ाली छोड़ें",
    "Composition scheme (bill of supply)": "कंपोज़िशन योजना (बिल ऑफ़ सप्लाई)",
    "Save seller": "विक्रेता सहेजें",
    "Device code": "डिवाइस कोड",
    "Set code": "कोड लगाएँ",
    "Device code saved.": "डिवाइस कोड सहेजा गया।",
    "Receipt printer": "रसीद प्रिंटर",
    "Printer": "प्रिंटर",
    "Connection": "कनेक्शन",
    "Paper": "काग़ज़",
    "Save printer": "प्रिंटर सहेजें",
    "Test print": "परीक्षण छपाई",
    "Selling": "बिक्री",
    "Cashier discount limit": "कैशियर की छूट सीमा",
    "Language": "भाषा",
    "Save limit": "सीमा सहेजें",
    "Hub pairing": "हब से जोड़ें",
    "Hub address": "हब का पता",
    "Pairing code": "जोड़ने का कोड",
    "Pair this laptop": "यह लैपटॉप जोड़ें",
    "sending": "भेज रहे",
    "receiving": "ले रहे",
    "pictures": "तस्वीरें",
    "Syncing…": "सिंक हो रहा है…",
    "Offline": "ऑफ़लाइन",
    "Not paired": "हब से नहीं जुड़ा",
    "%1 waiting": "%1 भेजने बाक़ी",
    "all sent": "सब भेजा गया",
    "last synced %1": "अंतिम सिंक %1",
    "%1 refused": "%1 लौटाए गए",
    "the sync client is not installed": "सिंक क्लाइंट स्थापित नहीं है",
    "Printed: %1.": "छप गया: %1।",
    "Z report: %1.": "Z रिपोर्ट: %1।",
    "Printer saved: %1.": "प्रिंटर सहेजा गया: %1।",
    "Test slip: %1.": "परीक्षण पर्ची: %1।",
    "usb:0416:5011, 192.168.1.50, serial:/dev/ttyUSB0, a queue or a folder":
        "usb:0416:5011, 192.168.1.50, serial:/dev/ttyUSB0, प्रिंटर कतार या फ़ोल्डर",
    "Thermal roll printer (ESC/POS)": "थर्मल रोल प्रिंटर (ESC/POS)",
    "System printer": "सिस्टम प्रिंटर",
    "Save as PDF in a folder": "फ़ोल्डर में PDF सहेजें",
    "80 mm roll": "80 मिमी रोल",
    "58 mm roll": "58 मिमी रोल",
    "Open the cash drawer after a cash sale": "नकद बिक्री के बाद गल्ला खोलें",
    "Pre-order %1 saved.": "अग्रिम ऑर्डर %1 सहेजा गया।",
    "Printing the slip…": "पर्ची छप रही है…",
    "Slip: %1.": "पर्ची: %1।",
    "The slip did not print: %1 Use Print slip to try again.":
        "पर्ची नहीं छपी: %1 दोबारा कोशिश के लिए ‘पर्ची छापें’ दबाएँ।",
    "Print slip": "पर्ची छापें",
    # cancelling a pre-order
    "Cancel pre-order…": "अग्रिम ऑर्डर रद्द करें…",
    "Only an open pre-order can be cancelled.": "केवल खुला अग्रिम ऑर्डर रद्द हो सकता है।",
    "Cancel pre-order %1?": "अग्रिम ऑर्डर %1 रद्द करें?",
    "Cancel pre-order %1 for %2? The advance %3 is given back in cash with a credit note. "
    "Why is it cancelled?":
        "%2 का अग्रिम ऑर्डर %1 रद्द करें? अग्रिम राशि %3 क्रेडिट नोट के साथ नकद लौटाई "
        "जाएगी। यह क्यों रद्द हो रहा है?",
    "Cancel pre-order %1 for %2? No advance was taken. Why is it cancelled?":
        "%2 का अग्रिम ऑर्डर %1 रद्द करें? कोई अग्रिम राशि नहीं ली गई थी। यह क्यों रद्द "
        "हो रहा है?",
    "Cancel the pre-order": "अग्रिम ऑर्डर रद्द करें",
    "Keep it": "रहने दें",
    "Write why the pre-order is cancelled.": "लिखें कि अग्रिम ऑर्डर क्यों रद्द हो रहा है।",
    "Cancel pre-order %1": "अग्रिम ऑर्डर %1 रद्द करना",
    "Cancelling %1…": "%1 रद्द हो रहा है…",
    "Pre-order %1 cancelled.": "अग्रिम ऑर्डर %1 रद्द हुआ।",
    "Give back %1.": "%1 लौटाएँ।",
    "Printing the credit note…": "क्रेडिट नोट छप रहा है…",
    "Credit note: %1.": "क्रेडिट नोट: %1।",
    "The credit note %1 did not print: %2": "क्रेडिट नोट %1 नहीं छपा: %2",
    "Pre-order with advance…": "अग्रिम राशि के साथ ऑर्डर…",
    "Receipt %1": "रसीद %1",
    "Show receipt": "रसीद देखें",
    "Pre-order slip: %1.": "अग्रिम ऑर्डर पर्ची: %1।",
    "Pre-order %1 is saved, but its slip did not print: %2 "
    "Print it again from the Leads screen.":
        "अग्रिम ऑर्डर %1 सहेजा गया, पर उसकी पर्ची नहीं छपी: %2 "
        "लीड स्क्रीन से फिर छापें।",
    "Choose a product to print its price tags.":
        "जिस उत्पाद की मूल्य पर्चियाँ छापनी हैं, उसे चुनें।",
    "No products are shown to print tags for.": "पर्चियाँ छापने के लिए कोई उत्पाद नहीं दिख रहा।",
    "%1 price tags ready.": "%1 मूल्य पर्चियाँ तैयार हैं।",
    "Price tags": "मूल्य पर्चियाँ",
    "Preparing %1 price tags…": "%1 मूल्य पर्चियाँ तैयार हो रही हैं…",
    "Price tags for this product": "इस उत्पाद की मूल्य पर्चियाँ",
    "Price tags for all shown": "दिख रहे सभी की मूल्य पर्चियाँ",
}


def fill(ts_path: Path) -> list[str]:
    """Write the Hindi into every message of ``ts_path``; returns sources with no Hindi."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in HINDI:
            translation.text = HINDI[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_suffix(".ts"))
    left = fill(target)
    for text in left:
        print(f"no Hindi for: {text!r}")
    sys.exit(1 if left else 0)
