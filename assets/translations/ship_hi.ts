<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
  <context>
    <name>Safekeeping</name>
    <message>
      <source>This stall has not synced with the hub today, so this laptop holds the only copy of today's sales. Back up to a USB stick now: Settings → Back up now.</source>
      <translation>आज इस स्टॉल का हब से सिंक नहीं हुआ, इसलिए आज की बिक्री की अकेली प्रति इसी लैपटॉप में है। अभी USB स्टिक पर बैकअप लें: सेटिंग → अभी बैकअप लें।</translation>
    </message>
    <message>
      <source>Back up to which folder?</source>
      <translation>किस फ़ोल्डर में बैकअप लें?</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>बैकअप हो रहा है…</translation>
    </message>
    <message>
      <source>Backup saved: %1 (%2 MB), with its checksum file beside it.</source>
      <translation>बैकअप सहेजा गया: %1 (%2 MB), साथ में उसकी चेकसम फ़ाइल।</translation>
    </message>
    <message>
      <source>The backup failed (%1); see the log.</source>
      <translation>बैकअप नहीं हो सका (%1); लॉग देखें।</translation>
    </message>
    <message>
      <source>Could not open the log folder; it is %1</source>
      <translation>लॉग फ़ोल्डर नहीं खुल सका; वह यहाँ है: %1</translation>
    </message>
    <message>
      <source>Backup and log</source>
      <translation>बैकअप और लॉग</translation>
    </message>
    <message>
      <source>A backup copies the stall database (safe while selling) to a folder you choose, such as a USB stick. To restore one, close the app and run: mela-pos restore FILE</source>
      <translation>बैकअप स्टॉल के डेटाबेस की प्रति आपके चुने फ़ोल्डर में, जैसे USB स्टिक पर, बनाता है (बिक्री चलते हुए भी सुरक्षित)। बैकअप वापस लाने के लिए ऐप बंद करके चलाएँ: mela-pos restore FILE</translation>
    </message>
    <message>
      <source>Back up now…</source>
      <translation>अभी बैकअप लें…</translation>
    </message>
    <message>
      <source>Open log folder</source>
      <translation>लॉग फ़ोल्डर खोलें</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Something went wrong and the last action did not finish.

Every completed sale is already saved: each bill is written to the stall database in one piece before its receipt prints. Only a bill still in the cart may need to be entered again.

The details are in the log file:
{log}</source>
      <translation>कुछ गड़बड़ हुई और पिछला काम पूरा नहीं हुआ।

हर पूरी हुई बिक्री पहले से सहेजी हुई है: हर बिल रसीद छपने से पहले पूरा का पूरा स्टॉल डेटाबेस में लिखा जाता है। केवल कार्ट में पड़ा बिल फिर से डालना पड़ सकता है।

पूरा विवरण इस लॉग फ़ाइल में है:
{log}</translation>
    </message>
  </context>
</TS>