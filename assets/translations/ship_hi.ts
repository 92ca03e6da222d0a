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
      <source>A backup copies the stall database (safe while selling) to a folder you choose, such as a USB stick. Restoring keeps every sale made since the backup.</source>
      <translation>बैकअप स्टॉल के डेटाबेस की प्रति आपके चुने फ़ोल्डर में, जैसे USB स्टिक पर, बनाता है (बिक्री चलते हुए भी सुरक्षित)। बैकअप वापस लाने पर उसके बाद की हर बिक्री बनी रहती है।</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>बैकअप वापस लाएँ…</translation>
    </message>
    <message>
      <source>Only a manager can restore a backup.</source>
      <translation>बैकअप केवल मैनेजर वापस ला सकते हैं।</translation>
    </message>
    <message>
      <source>Restore which backup?</source>
      <translation>कौन सा बैकअप वापस लाएँ?</translation>
    </message>
    <message>
      <source>Mela POS backups (*.sqlite *.bak *.db);;All files (*)</source>
      <translation>Mela POS बैकअप (*.sqlite *.bak *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>बैकअप जाँचा जा रहा है…</translation>
    </message>
    <message>
      <source>The backup could not be checked (%1); see the log.</source>
      <translation>बैकअप जाँचा नहीं जा सका (%1); लॉग देखें।</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
      <source>Restore %1?

Sales made since this backup are kept. The database it replaces is kept beside it. Mela POS closes afterwards; start it again.</source>
      <translation>%1 वापस लाएँ?

इस बैकअप के बाद की बिक्री बनी रहेगी। जिस डेटाबेस की जगह यह आएगा, वह साथ में रखा रहेगा। इसके बाद Mela POS बंद होगा; उसे फिर से खोलें।</translation>
    </message>
    <message>
      <source>Nothing was restored: %1

Mela POS closes now; start it again.</source>
      <translation>कुछ भी वापस नहीं लाया गया: %1

Mela POS अब बंद होगा; उसे फिर से खोलें।</translation>
    </message>
    <message>
      <source>Backup restored; %1 records made since it were kept. The replaced database is kept as %2.

Mela POS closes now; start it again.</source>
      <translation>बैकअप वापस आ गया; उसके बाद के %1 रिकॉर्ड बने रहे। पुराना डेटाबेस %2 नाम से रखा है।

Mela POS अब बंद होगा; उसे फिर से खोलें।</translation>
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