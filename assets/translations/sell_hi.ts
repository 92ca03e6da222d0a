<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/dialogs/approve.py" line="142" />
        <source>Checking the PIN…</source>
        <translation>पिन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approve.py" line="151" />
        <source>Manager approval</source>
        <translation>मैनेजर की मंज़ूरी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approve.py" line="152" />
        <source>Manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/approve.py" line="153" />
        <source>Manager PIN</source>
        <translation>मैनेजर का पिन</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../../ui/bill.py" line="159" />
        <source>Qty (F4)</source>
        <translation>मात्रा (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="160" />
        <source>Discount (F8)</source>
        <translation>छूट (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="161" />
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="162" />
        <source>Bill discount (Shift+F8)</source>
        <translation>बिल पर छूट (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="163" />
        <source>New bill (Ctrl+Del)</source>
        <translation>नया बिल (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="164" />
        <source>Buyer (Ctrl+B)</source>
        <translation>ग्राहक (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="166" />
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="166" />
        <source>Discounts</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="167" />
        <source>Taxable value</source>
        <translation>कर योग्य मूल्य</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="167" />
        <source>CGST</source>
        <translation>CGST</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="168" />
        <source>SGST</source>
        <translation>SGST</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="168" />
        <location filename="../../ui/bill.py" line="396" />
        <source>IGST</source>
        <translation>IGST</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="168" />
        <source>Round-off</source>
        <translation>पूर्णांकन</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="169" />
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="213" />
        <source>{name} is out of stock: none left to sell.</source>
        <translation>{name} का स्टॉक ख़त्म है: बेचने को कुछ नहीं बचा।</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="215" />
        <source>Only {left} of {name} left; the bill would have {wanted}.</source>
        <translation>{name} के केवल {left} बचे हैं; बिल में {wanted} हो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="217" />
        <source>Out of stock</source>
        <translation>स्टॉक ख़त्म</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="221" />
        <source>Manager override</source>
        <translation>मैनेजर की अनुमति</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="230" />
        <source>Sell {name} past the stock level?</source>
        <translation>{name} स्टॉक से ज़्यादा बेचें?</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="278" />
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="280" />
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="281" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="301" />
        <source>Discount on {name}</source>
        <translation>{name} पर छूट</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="311" />
        <source>Discount on the whole bill</source>
        <translation>पूरे बिल पर छूट</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="340" />
        <source>This discount is above the {limit} % a cashier may give.</source>
        <translation>यह छूट कैशियर की {limit} % सीमा से ज़्यादा है।</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="387" />
        <source>No buyer named on the bill</source>
        <translation>बिल पर ग्राहक का नाम नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="389" />
        <source>(no name)</source>
        <translation>(नाम नहीं)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="397" />
        <source>Buyer: {who}</source>
        <translation>ग्राहक: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="425" />
        <source>Pay {total}  (F12)</source>
        <translation>भुगतान {total}  (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/bill.py" line="427" />
        <source>Pay (F12)</source>
        <translation>भुगतान (F12)</translation>
    </message>
</context>
<context>
    <name>BuyerDialog</name>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="132" />
        <source>— not given —</source>
        <translation>— नहीं बताया —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="156" />
        <source>Only for a registered buyer (15 characters)</source>
        <translation>केवल पंजीकृत ग्राहक के लिए (15 अक्षर)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="169" />
        <source>Valid GSTIN, state {state}</source>
        <translation>सही GSTIN, राज्य {state}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="201" />
        <source>With a GSTIN, give the buyer's name and address too.</source>
        <translation>GSTIN के साथ ग्राहक का नाम और पता भी दें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="213" />
        <source>Buyer on the bill</source>
        <translation>बिल पर ग्राहक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="214" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="214" />
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="214" />
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="214" />
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="215" />
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="215" />
        <source>Inter-state</source>
        <translation>अंतर-राज्यीय</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="218" />
        <source>Buyer from another state: charge IGST</source>
        <translation>दूसरे राज्य का ग्राहक: IGST लगेगा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="219" />
        <source>Needed from ₹50,000 and with a GSTIN</source>
        <translation>₹50,000 से ऊपर और GSTIN के साथ ज़रूरी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/buyer.py" line="220" />
        <source>No buyer</source>
        <translation>ग्राहक हटाएँ</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/models/cart.py" line="59" />
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <location filename="../../ui/models/cart.py" line="59" />
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../../ui/models/cart.py" line="59" />
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <location filename="../../ui/models/cart.py" line="59" />
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../ui/models/cart.py" line="60" />
        <source>Amount</source>
        <translation>रकम</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../ui/delivery.py" line="38" />
        <source>Only a pre-order still to deliver can be delivered.</source>
        <translation>केवल वही अग्रिम ऑर्डर दिया जा सकता है जो अभी देना बाकी है।</translation>
    </message>
    <message>
        <location filename="../../ui/delivery.py" line="43" />
        <source>Open the day first: Day screen (Ctrl+4), then Open day.</source>
        <translation>पहले दिन खोलें: दिन स्क्रीन (Ctrl+4), फिर «दिन खोलें»।</translation>
    </message>
    <message>
        <location filename="../../ui/delivery.py" line="66" />
        <source>Balance for pre-order {number}</source>
        <translation>अग्रिम ऑर्डर {number} की बाकी रकम</translation>
    </message>
    <message>
        <location filename="../../ui/delivery.py" line="80" />
        <source>The advance of {advance} covers pre-order {number}: nothing more to take. Deliver it and print the invoice?</source>
        <translation>{advance} के अग्रिम से अग्रिम ऑर्डर {number} पूरा चुक गया है: और कुछ नहीं लेना। सामान देकर बिल छापें?</translation>
    </message>
    <message>
        <location filename="../../ui/delivery.py" line="100" />
        <source>Deliver the pre-order</source>
        <translation>अग्रिम ऑर्डर दें</translation>
    </message>
    <message>
        <location filename="../../ui/delivery.py" line="102" />
        <source>Deliver and print</source>
        <translation>दें और बिल छापें</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="127" />
        <location filename="../../ui/dialogs/discount.py" line="131" />
        <source>Discount</source>
        <translation>छूट</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="128" />
        <source>Percent</source>
        <translation>प्रतिशत</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="129" />
        <source>Rupees</source>
        <translation>रुपये</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="130" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="132" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/discount.py" line="133" />
        <source>No discount</source>
        <translation>छूट हटाएँ</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/errortext.py" line="31" />
        <source>Wrong PIN for {name}. {left} tries left before a {minutes}-minute lock.</source>
        <translation>{name} का पिन गलत है। {minutes} मिनट के लॉक से पहले {left} कोशिश बाकी हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="37" />
        <source>Wrong PIN. {name} is now locked for {minutes} minutes (until {at}).</source>
        <translation>गलत पिन। {name} अब {minutes} मिनट के लिए लॉक है ({at} तक)।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="42" />
        <source>{name} is locked after {tries} wrong PINs; try again in {minutes} minutes (at {at}).</source>
        <translation>{tries} बार गलत पिन के बाद {name} लॉक है; {minutes} मिनट बाद ({at} पर) फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="48" />
        <source>Only {level} of {sku} ({name}) in stock, {qty} on the bill; a manager can allow selling below stock.</source>
        <translation>{sku} ({name}) स्टॉक में केवल {level} हैं, बिल पर {qty}; स्टॉक से ज़्यादा बेचने की अनुमति मैनेजर दे सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="54" />
        <source>Payments of {paid} do not cover the bill of {total}: {due} is still due.</source>
        <translation>{paid} का भुगतान {total} के बिल के लिए कम है: {due} अभी बाकी है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="59" />
        <source>Cash tendered cannot be less than the cash amount.</source>
        <translation>दी गई नकदी नकद रकम से कम नहीं हो सकती।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="64" />
        <source>A UPI reference (UTR) is 12 digits; '{text}' has {n} characters.</source>
        <translation>UPI संदर्भ (UTR) 12 अंकों का होता है; '{text}' में {n} अक्षर हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="69" />
        <source>UPI reference {utr} was already used to pay bill {invoice}: check the payment on the stall's phone; an old screenshot is not a new payment.</source>
        <translation>UPI संदर्भ {utr} से बिल {invoice} का भुगतान पहले ही हो चुका है: स्टॉल के फ़ोन पर भुगतान जाँचें; पुराना स्क्रीनशॉट नया भुगतान नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="74" />
        <source>UPI reference {utr} is entered twice on this bill.</source>
        <translation>UPI संदर्भ {utr} इस बिल पर दो बार डाला गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="77" />
        <source>Close the day of {date} before selling: it was left open, and today's sales belong in a new day.</source>
        <translation>बेचने से पहले {date} का दिन बंद करें: वह खुला रह गया था, और आज की बिक्री नए दिन में जाती है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="83" />
        <source>{price} is above the MRP of {name} ({mrp}): a piece cannot be sold above its MRP; a price change can only lower the price.</source>
        <translation>{price} {name} के MRP ({mrp}) से ज़्यादा है: कोई सामान MRP से ऊपर नहीं बिक सकता; दाम बदलकर केवल कम किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="88" />
        <source>No business day is open. Open the day with a cash float first.</source>
        <translation>कोई दिन खुला नहीं है। पहले शुरुआती नकद (फ़्लोट) के साथ दिन खोलें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="92" />
        <source>The bill is empty; add a product first.</source>
        <translation>बिल खाली है; पहले कोई सामान जोड़ें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="96" />
        <source>With the buyer's GSTIN the bill must carry their name and address too.</source>
        <translation>ग्राहक के GSTIN के साथ बिल पर उनका नाम और पता भी होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="100" />
        <source>From ₹50,000 up the bill must carry the buyer's name and address.</source>
        <translation>₹50,000 या उससे अधिक के बिल पर ग्राहक का नाम और पता होना चाहिए।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="105" />
        <source>An inter-state (IGST) bill needs the buyer's state: enter their state code or GSTIN.</source>
        <translation>दूसरे राज्य (IGST) के बिल के लिए ग्राहक का राज्य चाहिए: राज्य कोड या GSTIN डालें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="110" />
        <source>{sku} ({name}) is no longer sold; remove it from the bill.</source>
        <translation>{sku} ({name}) अब नहीं बिकता; इसे बिल से हटाएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="113" />
        <source>Enter the buyer's mobile number.</source>
        <translation>ग्राहक का मोबाइल नंबर डालें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="118" />
        <source>'{text}' is not a phone number: use digits only, e.g. 98765 43210.</source>
        <translation>'{text}' फ़ोन नंबर नहीं है: केवल अंक लिखें, जैसे 98765 43210।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="123" />
        <source>'{text}' is not an Indian number; only Indian mobiles (+91) can be taken.</source>
        <translation>'{text}' भारतीय नंबर नहीं है; केवल भारतीय मोबाइल (+91) लिए जा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="129" />
        <source>'{text}' is not a valid Indian mobile number ({n} digits); a mobile has 10 digits, e.g. 98765 43210.</source>
        <translation>'{text}' सही भारतीय मोबाइल नंबर नहीं है ({n} अंक); मोबाइल में 10 अंक होते हैं, जैसे 98765 43210।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="134" />
        <source>'{text}' is a landline, not a mobile; ask the buyer for a mobile number that can receive calls and WhatsApp.</source>
        <translation>'{text}' लैंडलाइन है, मोबाइल नहीं; ग्राहक से ऐसा मोबाइल नंबर माँगें जिस पर कॉल और WhatsApp आ सके।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="139" />
        <location filename="../../ui/errortext.py" line="143" />
        <source>No printer is set up; choose one in Settings → Printer.</source>
        <translation>कोई प्रिंटर सेट नहीं है; सेटिंग्स → प्रिंटर में चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="148" />
        <source>The printer was not found; check it is switched on and connected.</source>
        <translation>प्रिंटर नहीं मिला; देखें कि वह चालू है और जुड़ा है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="152" />
        <source>The printer did not answer; check it is switched on and on this network.</source>
        <translation>प्रिंटर ने जवाब नहीं दिया; देखें कि वह चालू है और इसी नेटवर्क पर है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="157" />
        <source>The printer refused the connection; check it is on and its address is right.</source>
        <translation>प्रिंटर ने कनेक्शन नहीं लिया; देखें कि वह चालू है और उसका पता सही है।</translation>
    </message>
    <message>
        <location filename="../../ui/errortext.py" line="162" />
        <source>The printer is out of paper; load a new roll and reprint.</source>
        <translation>प्रिंटर में कागज़ खत्म है; नया रोल डालकर फिर छापें।</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/keypad.py" line="46" />
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../../ui/keypad.py" line="48" />
        <source>Clear</source>
        <translation>मिटाएँ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="110" />
        <source>{n} records waiting to sync</source>
        <translation>{n} रिकॉर्ड सिंक की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="313" />
        <source>The day screen is not available in this build.</source>
        <translation>इस संस्करण में दिन की स्क्रीन उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="326" />
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="328" />
        <source>manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="328" />
        <source>cashier</source>
        <translation>कैशियर</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="333" />
        <source>Mela POS</source>
        <translation>मेला POS</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="338" />
        <source>Close day</source>
        <translation>दिन बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="339" />
        <source>Switch user</source>
        <translation>उपयोगकर्ता बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="340" />
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16" />
        <source>Mela POS</source>
        <translation>मेला POS</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47" />
        <source>Something went wrong inside Mela POS ({error}). Nothing was lost; the details are in the log.</source>
        <translation>मेला POS के अंदर कुछ गड़बड़ हुई ({error})। कुछ भी खोया नहीं है; विवरण लॉग में है।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59" />
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61" />
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99" />
        <source>Wrong PIN.</source>
        <translation>गलत पिन।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101" />
        <source>Locked after too many wrong PINs.</source>
        <translation>कई बार गलत पिन के बाद लॉक है।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103" />
        <source>A manager's PIN is needed.</source>
        <translation>मैनेजर का पिन चाहिए।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105" />
        <source>Not found.</source>
        <translation>नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107" />
        <source>The printer did not print.</source>
        <translation>प्रिंटर ने नहीं छापा।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109" />
        <source>The disk is full; nothing was saved.</source>
        <translation>डिस्क भर गई है; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111" />
        <source>The stall database cannot be used.</source>
        <translation>स्टॉल का डेटाबेस इस्तेमाल नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113" />
        <source>Please check:</source>
        <translation>कृपया जाँचें:</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="341" />
        <source>Bill total {total}</source>
        <translation>बिल का कुल {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="345" />
        <source>Balance due {total}</source>
        <translation>बकाया राशि {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="347" />
        <source>Still due {due}</source>
        <translation>अभी बाकी {due}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="350" />
        <source>Type the cash handed over, e.g. 500</source>
        <translation>दी गई नकद रकम लिखें, जैसे 500</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="352" />
        <source>Change {change}</source>
        <translation>वापसी {change}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="355" />
        <source>{left} more is due after this cash</source>
        <translation>इस नकद के बाद {left} और बाकी है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="361" />
        <source>UTR complete ✓</source>
        <translation>UTR पूरा ✓</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="364" />
        <source>{n} of 12 digits</source>
        <translation>12 में से {n} अंक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="367" />
        <source>12 digits, from the buyer's payment screen</source>
        <translation>12 अंक, ग्राहक के भुगतान स्क्रीन से</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="382" />
        <source>Type the UPI amount</source>
        <translation>UPI रकम लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="400" />
        <source>Pay {amount} to {payee} ({vpa})</source>
        <translation>{payee} ({vpa}) को {amount} भुगतान करें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="450" />
        <source>Cash {amount} (handed {tendered})</source>
        <translation>नकद {amount} (दिए {tendered})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="453" />
        <source>UPI {amount}, UTR {utr}</source>
        <translation>UPI {amount}, UTR {utr}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="455" />
        <source>Card {amount}, ref {ref}</source>
        <translation>कार्ड {amount}, संदर्भ {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="458" />
        <source>{left} is still due after this. Press Add to take it as part of the payment.</source>
        <translation>इसके बाद भी {left} बाकी है। इसे भुगतान के हिस्से के रूप में लेने के लिए जोड़ें दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="465" />
        <source>Type the 12-digit UTR from the buyer's UPI app.</source>
        <translation>ग्राहक के UPI ऐप से 12 अंकों का UTR लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="466" />
        <source>The UPI amount must be more than zero and not more than is due.</source>
        <translation>UPI रकम शून्य से अधिक और बाकी रकम से ज़्यादा नहीं होनी चाहिए।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="468" />
        <source>Type the card terminal's reference and an amount not more than is due.</source>
        <translation>कार्ड मशीन का संदर्भ नंबर और बाकी से ज़्यादा नहीं, इतनी रकम लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="470" />
        <source>Type the cash handed over.</source>
        <translation>दी गई नकद रकम लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="487" />
        <source>Sign in first.</source>
        <translation>पहले साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="490" />
        <source>Saving the bill…</source>
        <translation>बिल सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="530" />
        <source>The bill could not be saved because of an error inside Mela POS; nothing was written. Try again, or note the sale on paper.</source>
        <translation>मेला POS के अंदर की गड़बड़ी से बिल सहेजा नहीं जा सका; कुछ भी नहीं लिखा गया। फिर कोशिश करें, या बिक्री काग़ज़ पर लिख लें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="541" />
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="542" />
        <source>Cash (F5)</source>
        <translation>नकद (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="543" />
        <source>UPI QR (F6)</source>
        <translation>UPI QR (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="544" />
        <source>Card (F7)</source>
        <translation>कार्ड (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="545" />
        <source>Cash handed over by the buyer</source>
        <translation>ग्राहक द्वारा दी गई नकद रकम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="546" />
        <source>Exact</source>
        <translation>पूरी रकम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="547" />
        <source>Add cash, pay the rest another way</source>
        <translation>नकद जोड़ें, बाकी दूसरे तरीके से</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="548" />
        <source>UPI amount</source>
        <translation>UPI रकम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="549" />
        <source>When the money has arrived, type the UTR (12 digits) from the buyer's phone:</source>
        <translation>पैसा आ जाने पर ग्राहक के फ़ोन से UTR (12 अंक) लिखें:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="551" />
        <source>Add UPI, pay the rest another way</source>
        <translation>UPI जोड़ें, बाकी दूसरे तरीके से</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="552" />
        <source>Card amount</source>
        <translation>कार्ड रकम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="553" />
        <source>Reference number printed on the card terminal's slip:</source>
        <translation>कार्ड मशीन की पर्ची पर छपा संदर्भ नंबर:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="554" />
        <source>Add card, pay the rest another way</source>
        <translation>कार्ड जोड़ें, बाकी दूसरे तरीके से</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="555" />
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="556" />
        <source>Confirm and print (F12)</source>
        <translation>पक्का करें और छापें (F12)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pay.py" line="557" />
        <source>Back to bill</source>
        <translation>बिल पर वापस</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../../ui/productcards.py" line="24" />
        <source>Out of stock</source>
        <translation>स्टॉक ख़त्म</translation>
    </message>
    <message>
        <location filename="../../ui/productcards.py" line="26" />
        <source>Last piece</source>
        <translation>आख़िरी नग</translation>
    </message>
    <message>
        <location filename="../../ui/productcards.py" line="27" />
        <source>{n} left</source>
        <translation>{n} बचे</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../ui/receipts.py" line="41" />
        <source>Receipt {invoice} printed.</source>
        <translation>रसीद {invoice} छप गई।</translation>
    </message>
    <message>
        <location filename="../../ui/receipts.py" line="47" />
        <source>Receipt printing is not available in this build; bill {invoice} is saved.</source>
        <translation>इस संस्करण में रसीद छपाई उपलब्ध नहीं है; बिल {invoice} सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/receipts.py" line="51" />
        <source>The receipt for bill {invoice} did not print: {problem} The bill is saved.</source>
        <translation>बिल {invoice} की रसीद नहीं छपी: {problem} बिल सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/receipts.py" line="56" />
        <source>The receipt for bill {invoice} did not print because of an error inside Mela POS. The bill is saved.</source>
        <translation>मेला POS के अंदर की गड़बड़ी से बिल {invoice} की रसीद नहीं छपी। बिल सहेजा गया है।</translation>
    </message>
    <message>
        <location filename="../../ui/receipts.py" line="60" />
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../ui/receipts.py" line="61" />
        <source>Reprint</source>
        <translation>फिर से छापें</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <location filename="../../ui/screens/sell.py" line="200" />
        <source>Sell</source>
        <translation>बेचें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="225" />
        <source>Search name, SKU or barcode (F2) — नाम से खोजें</source>
        <translation>नाम, SKU या बारकोड से खोजें (F2) — search by name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="226" />
        <source>Buyer lead (F9)</source>
        <translation>ग्राहक लीड (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="244" />
        <source>All crafts</source>
        <translation>सभी शिल्प</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="261" />
        <source>{n} products</source>
        <translation>{n} उत्पाद</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="299" />
        <source>Add to bill</source>
        <translation>बिल में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="300" />
        <source>Buyer wants this: take a lead</source>
        <translation>ग्राहक को यह चाहिए: लीड लें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="314" />
        <source>No product has the code {code}.</source>
        <translation>कोड {code} का कोई उत्पाद नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="334" />
        <source>Press Esc again to clear this bill and start a new one.</source>
        <translation>यह बिल मिटाकर नया बिल शुरू करने के लिए Esc फिर दबाएँ।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="357" />
        <source>Open the day first: Day screen (Ctrl+4), then Open day.</source>
        <translation>पहले दिन खोलें: दिन स्क्रीन (Ctrl+4), फिर «दिन खोलें»।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="388" />
        <source>Bill {invoice} saved.</source>
        <translation>बिल {invoice} सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="390" />
        <source>Give change {change}.</source>
        <translation>{change} वापस दें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/sell.py" line="408" />
        <source>The lead form is not available in this build.</source>
        <translation>इस संस्करण में लीड फ़ॉर्म उपलब्ध नहीं है।</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="203" />
        <source>Choose your name first.</source>
        <translation>पहले अपना नाम चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="208" />
        <source>Type your PIN.</source>
        <translation>अपना पिन लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="227" />
        <source>The two new PINs differ; type them again.</source>
        <translation>दोनों नए पिन अलग हैं; फिर से लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="265" />
        <source>Checking the PIN…</source>
        <translation>पिन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="280" />
        <source>Who is at the counter?</source>
        <translation>काउंटर पर कौन है?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="281" />
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="282" />
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="284" />
        <source>First start: the manager's starting PIN is %1. You will choose your own PIN right after signing in.</source>
        <translation>पहली बार: मैनेजर का शुरुआती PIN %1 है। साइन इन करते ही आप अपना PIN चुनेंगे।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="287" />
        <source>This is the first sign-in with the starting PIN. Choose a new PIN of 4 to 6 digits that only you know.</source>
        <translation>यह शुरुआती पिन से पहला साइन इन है। 4 से 6 अंकों का नया पिन चुनें जो केवल आप जानते हों।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="289" />
        <source>New PIN</source>
        <translation>नया पिन</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="290" />
        <source>New PIN again</source>
        <translation>नया पिन दोबारा</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin.py" line="291" />
        <source>Save PIN and sign in</source>
        <translation>पिन सहेजें और साइन इन करें</translation>
    </message>
</context>
<context>
    <name>StaleDay</name>
    <message>
        <location filename="../../ui/staleday.py" line="22" />
        <source>An earlier day is still open</source>
        <translation>पिछला दिन अभी खुला है</translation>
    </message>
    <message>
        <location filename="../../ui/staleday.py" line="23" />
        <source>The business day of {date} was never closed. Count the drawer and close it on the Day screen, then open today's day to sell.</source>
        <translation>{date} का कारोबारी दिन बंद नहीं हुआ। दराज़ की नकदी गिनकर उसे «दिन» स्क्रीन पर बंद करें, फिर बेचने के लिए आज का दिन खोलें।</translation>
    </message>
    <message>
        <location filename="../../ui/staleday.py" line="34" />
        <source>Close it now</source>
        <translation>अभी बंद करें</translation>
    </message>
</context>
</TS>