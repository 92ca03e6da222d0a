"""Hindi for the backup box, the day-close backup reminder and the crash message.

Writes ``ship_hi.ts`` from this table (contexts as the code uses them) and, with
``--qm``, builds ``ship_hi.qm`` with ``pyside6-lrelease``. The app loads every
``*_hi.qm`` in this folder (``ui/i18n.py``).

Run: ``python assets/translations/ship_hi.py --qm``
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HINDI: dict[str, dict[str, str]] = {
    "Safekeeping": {
        "This stall has not synced with the hub today, so this laptop holds the only copy of "
        "today's sales. Back up to a USB stick now: Settings → Back up now.":
            "आज इस स्टॉल का हब से सिंक नहीं हुआ, इसलिए आज की बिक्री की अकेली प्रति इसी "
            "लैपटॉप में है। अभी USB स्टिक पर बैकअप लें: सेटिंग → अभी बैकअप लें।",
        "Back up to which folder?": "किस फ़ोल्डर में बैकअप लें?",
        "Backing up…": "बैकअप हो रहा है…",
        "Backup saved: %1 (%2 MB), with its checksum file beside it.":
            "बैकअप सहेजा गया: %1 (%2 MB), साथ में उसकी चेकसम फ़ाइल।",
        "The backup failed (%1); see the log.": "बैकअप नहीं हो सका (%1); लॉग देखें।",
        "Could not open the log folder; it is %1": "लॉग फ़ोल्डर नहीं खुल सका; वह यहाँ है: %1",
        "Backup and log": "बैकअप और लॉग",
        "A backup copies the stall database (safe while selling) to a folder you choose, "
        "such as a USB stick. Restoring keeps every sale made since the backup.":
            "बैकअप स्टॉल के डेटाबेस की प्रति आपके चुने फ़ोल्डर में, जैसे USB स्टिक पर, बनाता "
            "है (बिक्री चलते हुए भी सुरक्षित)। बैकअप वापस लाने पर उसके बाद की हर बिक्री "
            "बनी रहती है।",
        "Restore…": "बैकअप वापस लाएँ…",
        "Only a manager can restore a backup.": "बैकअप केवल मैनेजर वापस ला सकते हैं।",
        "Restore which backup?": "कौन सा बैकअप वापस लाएँ?",
        "Mela POS backups (*.sqlite *.bak *.db);;All files (*)":
            "Mela POS बैकअप (*.sqlite *.bak *.db);;सभी फ़ाइलें (*)",
        "Checking the backup…": "बैकअप जाँचा जा रहा है…",
        "The backup could not be checked (%1); see the log.":
            "बैकअप जाँचा नहीं जा सका (%1); लॉग देखें।",
        "Restore a backup": "बैकअप वापस लाएँ",
        "Restore %1?\n\nSales made since this backup are kept. The database it replaces is "
        "kept beside it. Mela POS closes afterwards; start it again.":
            "%1 वापस लाएँ?\n\nइस बैकअप के बाद की बिक्री बनी रहेगी। जिस डेटाबेस की जगह यह "
            "आएगा, वह साथ में रखा रहेगा। इसके बाद Mela POS बंद होगा; उसे फिर से खोलें।",
        "Nothing was restored: %1\n\nMela POS closes now; start it again.":
            "कुछ भी वापस नहीं लाया गया: %1\n\nMela POS अब बंद होगा; उसे फिर से खोलें।",
        "Backup restored; %1 records made since it were kept. The replaced database is kept "
        "as %2.\n\nMela POS closes now; start it again.":
            "बैकअप वापस आ गया; उसके बाद के %1 रिकॉर्ड बने रहे। पुराना डेटाबेस %2 नाम से "
            "रखा है।\n\nMela POS अब बंद होगा; उसे फिर से खोलें।",
        "Back up now…": "अभी बैकअप लें…",
        "Open log folder": "लॉग फ़ोल्डर खोलें",
    },
    "Crash": {
        "Something went wrong and the last action did not finish.\n\n"
        "Every completed sale is already saved: each bill is written to the stall database "
        "in one piece before its receipt prints. Only a bill still in the cart may need to be "
        "entered again.\n\nThe details are in the log file:\n{log}":
            "कुछ गड़बड़ हुई और पिछला काम पूरा नहीं हुआ।\n\n"
            "हर पूरी हुई बिक्री पहले से सहेजी हुई है: हर बिल रसीद छपने से पहले पूरा का पूरा "
            "स्टॉल डेटाबेस में लिखा जाता है। केवल कार्ट में पड़ा बिल फिर से डालना पड़ "
            "सकता है।\n\nपूरा विवरण इस लॉग फ़ाइल में है:\n{log}",
    },
}


def write_ts(path: Path) -> None:
    """The .ts file for every context and message above."""
    root = ET.Element("TS", version="2.1", language="hi_IN")
    for context, messages in HINDI.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, hindi in messages.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = hindi
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    ts = Path(__file__).with_suffix(".ts")
    write_ts(ts)
    if "--qm" in sys.argv:
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).with_name("pyside6-lrelease"))
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
