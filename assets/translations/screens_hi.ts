<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>CashCount</name>
    <message>
        <source>Count the cash drawer</source>
        <translation>गल्ले की नकदी गिनें</translation>
    </message>
    <message>
        <source>Coins (amount in ₹)</source>
        <translation>सिक्के (कुल ₹ में)</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
</context>
<context>
    <name>InterestList</name>
    <message>
        <source>SKU, or describe the product</source>
        <translation>SKU, या उत्पाद का विवरण लिखें</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Enter the buyer's mobile.</source>
        <translation>ख़रीदार का मोबाइल नंबर लिखें।</translation>
    </message>
    <message>
        <source>Take a lead</source>
        <translation>ख़रीदार का नंबर लें</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>किसमें रुचि है</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>e.g. Madhubani</source>
        <translation>जैसे मधुबनी</translation>
    </message>
    <message>
        <source>The buyer agrees to be contacted (notice read out)</source>
        <translation>ख़रीदार संपर्क के लिए सहमत है (सूचना पढ़कर सुनाई गई)</translation>
    </message>
    <message>
        <source>Save lead</source>
        <translation>लीड सहेजें</translation>
    </message>
    <message>
        <source>Pre-order with advance…</source>
        <translation>अग्रिम राशि के साथ ऑर्डर…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>new</source>
        <translation>नई</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>संपर्क हुआ</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>ख़रीदा</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>to deliver</source>
        <translation>पहुँचाना है</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचा दिया</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>पैसे लौटाए</translation>
    </message>
    <message>
        <source>part refunded</source>
        <translation>आंशिक वापसी</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Mobile number, 10 digits</source>
        <translation>मोबाइल नंबर, 10 अंक</translation>
    </message>
    <message>
        <source>Valid mobile: %1</source>
        <translation>सही मोबाइल नंबर: %1</translation>
    </message>
</context>
<context>
    <name>PreorderDialog</name>
    <message>
        <source>Type the agreed price for '%1'.</source>
        <translation>'%1' का तय दाम लिखें।</translation>
    </message>
    <message>
        <source>Take a pre-order</source>
        <translation>अग्रिम ऑर्डर लें</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>सामान जोड़ें</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम राशि</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>बाक़ी राशि</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>Buyer's name</source>
        <translation>ख़रीदार का नाम</translation>
    </message>
    <message>
        <source>SKU or barcode, or describe the item</source>
        <translation>SKU या बारकोड, या सामान का विवरण</translation>
    </message>
    <message>
        <source>Price ₹</source>
        <translation>दाम ₹</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>UTR (12 digits) or card ref.</source>
        <translation>UTR (12 अंक) या कार्ड संदर्भ</translation>
    </message>
    <message>
        <source>House, street, town, district</source>
        <translation>मकान, गली, शहर, ज़िला</translation>
    </message>
    <message>
        <source>Save pre-order</source>
        <translation>अग्रिम ऑर्डर सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Pre-order slip: %1.</source>
        <translation>अग्रिम ऑर्डर पर्ची: %1।</translation>
    </message>
    <message>
        <source>Pre-order %1 is saved, but its slip did not print: %2 Print it again from the Leads screen.</source>
        <translation>अग्रिम ऑर्डर %1 सहेजा गया, पर उसकी पर्ची नहीं छपी: %2 लीड स्क्रीन से फिर छापें।</translation>
    </message>
</context>
<context>
    <name>RejectedDialog</name>
    <message>
        <source>Records the hub refused</source>
        <translation>हब ने जो रिकॉर्ड लौटाए</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>बना</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>These records stay on this laptop. Tell the office the record numbers; nothing else is held up.</source>
        <translation>ये रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं। दफ़्तर को रिकॉर्ड नंबर बताएँ; बाक़ी कुछ नहीं रुका है।</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Taken</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(मिटाया गया)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>किसमें रुचि है</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>वादा</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>अग्रिम राशि</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>बाक़ी राशि</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <source>Status saved.</source>
        <translation>स्थिति सहेजी गई।</translation>
    </message>
    <message>
        <source>Erase this buyer's data?</source>
        <translation>इस ख़रीदार की जानकारी मिटाएँ?</translation>
    </message>
    <message>
        <source>Erase the phone number, name, district, note and products of %1? This cannot be undone; the hub erases its copy too.</source>
        <translation>%1 का फ़ोन नंबर, नाम, ज़िला, टिप्पणी और उत्पाद मिटाएँ? यह वापस नहीं होगा; हब भी अपनी प्रति मिटा देगा।</translation>
    </message>
    <message>
        <source>The buyer's data was erased.</source>
        <translation>ख़रीदार की जानकारी मिटा दी गई।</translation>
    </message>
    <message>
        <source>Pre-order %1 saved.</source>
        <translation>अग्रिम ऑर्डर %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Choose a pre-order first.</source>
        <translation>पहले एक अग्रिम ऑर्डर चुनें।</translation>
    </message>
    <message>
        <source>Printing the slip…</source>
        <translation>पर्ची छप रही है…</translation>
    </message>
    <message>
        <source>Slip: %1.</source>
        <translation>पर्ची: %1।</translation>
    </message>
    <message>
        <source>The slip did not print: %1 Use Print slip to try again.</source>
        <translation>पर्ची नहीं छपी: %1 दोबारा कोशिश के लिए ‘पर्ची छापें’ दबाएँ।</translation>
    </message>
    <message>
        <source>Only an open pre-order can be cancelled.</source>
        <translation>केवल खुला अग्रिम ऑर्डर रद्द हो सकता है।</translation>
    </message>
    <message>
        <source>Cancel pre-order %1?</source>
        <translation>अग्रिम ऑर्डर %1 रद्द करें?</translation>
    </message>
    <message>
        <source>Cancel pre-order %1 for %2? The advance %3 is given back in cash with a credit note. Why is it cancelled?</source>
        <translation>%2 का अग्रिम ऑर्डर %1 रद्द करें? अग्रिम राशि %3 क्रेडिट नोट के साथ नकद लौटाई जाएगी। यह क्यों रद्द हो रहा है?</translation>
    </message>
    <message>
        <source>Cancel pre-order %1 for %2? No advance was taken. Why is it cancelled?</source>
        <translation>%2 का अग्रिम ऑर्डर %1 रद्द करें? कोई अग्रिम राशि नहीं ली गई थी। यह क्यों रद्द हो रहा है?</translation>
    </message>
    <message>
        <source>Cancel the pre-order</source>
        <translation>अग्रिम ऑर्डर रद्द करें</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <source>Write why the pre-order is cancelled.</source>
        <translation>लिखें कि अग्रिम ऑर्डर क्यों रद्द हो रहा है।</translation>
    </message>
    <message>
        <source>Cancel pre-order %1</source>
        <translation>अग्रिम ऑर्डर %1 रद्द करना</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>Pre-order %1 cancelled.</source>
        <translation>अग्रिम ऑर्डर %1 रद्द हुआ।</translation>
    </message>
    <message>
        <source>Give back %1.</source>
        <translation>%1 लौटाएँ।</translation>
    </message>
    <message>
        <source>Printing the credit note…</source>
        <translation>क्रेडिट नोट छप रहा है…</translation>
    </message>
    <message>
        <source>Credit note: %1.</source>
        <translation>क्रेडिट नोट: %1।</translation>
    </message>
    <message>
        <source>The credit note %1 did not print: %2</source>
        <translation>क्रेडिट नोट %1 नहीं छपा: %2</translation>
    </message>
    <message>
        <source>Delivered: bill %1, advance %2 applied. Printing the receipt…</source>
        <translation>पहुँचा दिया: बिल %1, अग्रिम %2 घटाया गया। रसीद छप रही है…</translation>
    </message>
    <message>
        <source>Deliver and bill balance</source>
        <translation>सौंपें और बाकी का बिल बनाएँ</translation>
    </message>
    <message>
        <source>Cancel pre-order…</source>
        <translation>अग्रिम ऑर्डर रद्द करें…</translation>
    </message>
    <message>
        <source>Pre-orders</source>
        <translation>अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <source>Find by phone, name, district or product</source>
        <translation>फ़ोन, नाम, ज़िला या उत्पाद से खोजें</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>नई लीड</translation>
    </message>
    <message>
        <source>New pre-order</source>
        <translation>नया अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>अनुरोध पर मिटाएँ…</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>पर्ची छापें</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ख़रीदार</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Choose a bill on the left.</source>
        <translation>बाईं ओर से एक बिल चुनें।</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>भुगतान: %1</translation>
    </message>
    <message>
        <source>Refund %1: %2 by %3</source>
        <translation>वापसी %1: %2, %3 से</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>निरस्त: %1</translation>
    </message>
    <message>
        <source>Set how many pieces go back on each line to refund.</source>
        <translation>हर पंक्ति में लिखें कि कितने नग वापस आए।</translation>
    </message>
    <message>
        <source>Write why the money is given back.</source>
        <translation>लिखें कि पैसे क्यों लौटाए जा रहे हैं।</translation>
    </message>
    <message>
        <source>Refund on bill %1</source>
        <translation>बिल %1 पर वापसी</translation>
    </message>
    <message>
        <source>Write why the bill is voided.</source>
        <translation>लिखें कि बिल क्यों निरस्त किया जा रहा है।</translation>
    </message>
    <message>
        <source>Void the whole bill %1</source>
        <translation>पूरा बिल %1 निरस्त करें</translation>
    </message>
    <message>
        <source>Refund saved. Hand the money back.</source>
        <translation>वापसी दर्ज हुई। पैसे लौटा दें।</translation>
    </message>
    <message>
        <source>Bill voided.</source>
        <translation>बिल निरस्त हुआ।</translation>
    </message>
    <message>
        <source>Something went wrong (%1); see the log.</source>
        <translation>कुछ गड़बड़ हुई (%1); लॉग देखें।</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>%1 छप रहा है…</translation>
    </message>
    <message>
        <source>Printed: %1.</source>
        <translation>छप गया: %1।</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>रसीद %1</translation>
    </message>
    <message>
        <source>Bill number, name or product</source>
        <translation>बिल नंबर, नाम या उत्पाद</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>ख़रीदार का फ़ोन</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Total ₹</source>
        <translation>कुल ₹</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Refund qty</source>
        <translation>वापसी संख्या</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>रसीद फिर छापें</translation>
    </message>
    <message>
        <source>Print A5 invoice</source>
        <translation>A5 इनवॉइस छापें</translation>
    </message>
    <message>
        <source>Show receipt</source>
        <translation>रसीद देखें</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>फिर छापें</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>वापसी का तरीक़ा</translation>
    </message>
    <message>
        <source>UTR / ref.</source>
        <translation>UTR / संदर्भ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Refund chosen pieces (manager PIN)</source>
        <translation>चुने नगों की वापसी (मैनेजर PIN)</translation>
    </message>
    <message>
        <source>Void whole bill (manager PIN)</source>
        <translation>पूरा बिल निरस्त (मैनेजर PIN)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>The day is closed. Open a new day to sell.</source>
        <translation>दिन बंद हो गया। बेचने के लिए नया दिन खोलें।</translation>
    </message>
    <message>
        <source>No day is open. Count the float to open one.</source>
        <translation>कोई दिन खुला नहीं है। शुरुआती नकदी गिनकर दिन खोलें।</translation>
    </message>
    <message>
        <source>Day %1 open since %2</source>
        <translation>दिन %1, %2 से खुला</translation>
    </message>
    <message>
        <source>Day opened.</source>
        <translation>दिन खुल गया।</translation>
    </message>
    <message>
        <source>Preparing the Z report…</source>
        <translation>Z रिपोर्ट बन रही है…</translation>
    </message>
    <message>
        <source>Close the day with %1 counted.</source>
        <translation>%1 गिनकर दिन बंद करें।</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>दिन बंद हो रहा है…</translation>
    </message>
    <message>
        <source>Day closed. Print the Z report for the file.</source>
        <translation>दिन बंद हुआ। फ़ाइल के लिए Z रिपोर्ट छापें।</translation>
    </message>
    <message>
        <source>End-of-day sync: this stall is not paired with a hub yet (Settings → Hub pairing). The records stay safe on this laptop.</source>
        <translation>दिन के अंत का सिंक: यह स्टॉल अभी हब से जुड़ा नहीं है (सेटिंग → हब से जोड़ें)। रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं।</translation>
    </message>
    <message>
        <source>End-of-day sync started…</source>
        <translation>दिन के अंत का सिंक शुरू…</translation>
    </message>
    <message>
        <source>End-of-day sync done: %1</source>
        <translation>दिन के अंत का सिंक पूरा: %1</translation>
    </message>
    <message>
        <source>End-of-day sync did not finish (%1); it will retry by itself.</source>
        <translation>दिन के अंत का सिंक पूरा नहीं हुआ (%1); यह अपने-आप फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <source>Printing the Z report…</source>
        <translation>Z रिपोर्ट छप रही है…</translation>
    </message>
    <message>
        <source>Z report: %1.</source>
        <translation>Z रिपोर्ट: %1।</translation>
    </message>
    <message>
        <source>Open the day</source>
        <translation>दिन खोलें</translation>
    </message>
    <message>
        <source>Opening float (₹)</source>
        <translation>शुरुआती नकदी (₹)</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>दिन खोलें</translation>
    </message>
    <message>
        <source>Expected and counted</source>
        <translation>अपेक्षित और गिनी गई नकदी</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>शुरुआती नकदी</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>अपेक्षित नकदी</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>गिनी गई नकदी</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Preview Z report</source>
        <translation>Z रिपोर्ट देखें</translation>
    </message>
    <message>
        <source>Close the day (manager PIN)</source>
        <translation>दिन बंद करें (मैनेजर PIN)</translation>
    </message>
    <message>
        <source>Print Z report</source>
        <translation>Z रिपोर्ट छापें</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z रिपोर्ट</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Artisan</source>
        <translation>शिल्पकार</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>स्टॉक में</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <source>All crafts</source>
        <translation>सभी शिल्प</translation>
    </message>
    <message>
        <source>%1 products shown · %2 sold out · %3 running low</source>
        <translation>%1 उत्पाद दिखाए · %2 ख़त्म · %3 कम बचे</translation>
    </message>
    <message>
        <source>Choose a product to correct its count.</source>
        <translation>गिनती सुधारने के लिए उत्पाद चुनें।</translation>
    </message>
    <message>
        <source>%1: %2 in the system</source>
        <translation>%1: सिस्टम में %2</translation>
    </message>
    <message>
        <source>Choose a product to print its price tags.</source>
        <translation>जिस उत्पाद की मूल्य पर्चियाँ छापनी हैं, उसे चुनें।</translation>
    </message>
    <message>
        <source>No products are shown to print tags for.</source>
        <translation>पर्चियाँ छापने के लिए कोई उत्पाद नहीं दिख रहा।</translation>
    </message>
    <message>
        <source>%1 price tags ready.</source>
        <translation>%1 मूल्य पर्चियाँ तैयार हैं।</translation>
    </message>
    <message>
        <source>Price tags</source>
        <translation>मूल्य पर्चियाँ</translation>
    </message>
    <message>
        <source>Preparing %1 price tags…</source>
        <translation>%1 मूल्य पर्चियाँ तैयार हो रही हैं…</translation>
    </message>
    <message>
        <source>The count matches the system; nothing to correct.</source>
        <translation>गिनती सिस्टम से मिलती है; कुछ सुधारना नहीं।</translation>
    </message>
    <message>
        <source>Write why the count differs (damaged, found, …).</source>
        <translation>लिखें कि गिनती क्यों अलग है (टूटा, मिला, …)।</translation>
    </message>
    <message>
        <source>Correct %1 by %2 pieces</source>
        <translation>%1 में %2 नग का सुधार</translation>
    </message>
    <message>
        <source>Stock of %1 corrected by %2.</source>
        <translation>%1 का स्टॉक %2 से सुधारा गया।</translation>
    </message>
    <message>
        <source>Find by SKU, barcode or name</source>
        <translation>SKU, बारकोड या नाम से खोजें</translation>
    </message>
    <message>
        <source>Low and sold out only</source>
        <translation>केवल कम और ख़त्म</translation>
    </message>
    <message>
        <source>Count correction (manager)</source>
        <translation>गिनती सुधार (मैनेजर)</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <source>Reason, e.g. damaged in transit</source>
        <translation>कारण, जैसे रास्ते में टूटा</translation>
    </message>
    <message>
        <source>Correct stock (manager PIN)</source>
        <translation>स्टॉक सुधारें (मैनेजर PIN)</translation>
    </message>
    <message>
        <source>Price tags for this product</source>
        <translation>इस उत्पाद की मूल्य पर्चियाँ</translation>
    </message>
    <message>
        <source>Price tags for all shown</source>
        <translation>दिख रहे सभी की मूल्य पर्चियाँ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Device %1 · next bill %2</source>
        <translation>डिवाइस %1 · अगला बिल %2</translation>
    </message>
    <message>
        <source>Paired with %1.</source>
        <translation>%1 से जुड़ा है।</translation>
    </message>
    <message>
        <source>Not paired: sales stay on this laptop until you pair it with the hub.</source>
        <translation>जुड़ा नहीं: हब से जोड़ने तक बिक्री इसी लैपटॉप पर रहेगी।</translation>
    </message>
    <message>
        <source>tax invoices</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <source>bills of supply</source>
        <translation>बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <source>Saved. Bills will be %1.</source>
        <translation>सहेजा गया। बिल %1 होंगे।</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>परीक्षण पर्ची छप रही है…</translation>
    </message>
    <message>
        <source>Printer saved: %1.</source>
        <translation>प्रिंटर सहेजा गया: %1।</translation>
    </message>
    <message>
        <source>Test slip: %1.</source>
        <translation>परीक्षण पर्ची: %1।</translation>
    </message>
    <message>
        <source>Device code saved.</source>
        <translation>डिवाइस कोड सहेजा गया।</translation>
    </message>
    <message>
        <source>Discount limit saved.</source>
        <translation>छूट की सीमा सहेजी गई।</translation>
    </message>
    <message>
        <source>The sync client is not part of this build.</source>
        <translation>इस संस्करण में सिंक उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Enter the hub address and the pairing code.</source>
        <translation>हब का पता और जोड़ने का कोड लिखें।</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Paired. The first sync starts now.</source>
        <translation>जुड़ गया। पहला सिंक अभी शुरू होता है।</translation>
    </message>
    <message>
        <source>Seller (printed on every bill)</source>
        <translation>विक्रेता (हर बिल पर छपता है)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>UPI ID (VPA)</source>
        <translation>UPI ID (VPA)</translation>
    </message>
    <message>
        <source>UPI payee name</source>
        <translation>UPI पाने वाले का नाम</translation>
    </message>
    <message>
        <source>Invoice series</source>
        <translation>इनवॉइस शृंखला</translation>
    </message>
    <message>
        <source>Leave empty if not registered</source>
        <translation>पंजीकृत न हों तो ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>Composition scheme (bill of supply)</source>
        <translation>कंपोज़िशन योजना (बिल ऑफ़ सप्लाई)</translation>
    </message>
    <message>
        <source>Save seller</source>
        <translation>विक्रेता सहेजें</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>डिवाइस कोड</translation>
    </message>
    <message>
        <source>Set code</source>
        <translation>कोड लगाएँ</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>रसीद प्रिंटर</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <source>usb:0416:5011, 192.168.1.50, serial:/dev/ttyUSB0, a queue or a folder</source>
        <translation>usb:0416:5011, 192.168.1.50, serial:/dev/ttyUSB0, प्रिंटर कतार या फ़ोल्डर</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>प्रिंटर सहेजें</translation>
    </message>
    <message>
        <source>Thermal roll printer (ESC/POS)</source>
        <translation>थर्मल रोल प्रिंटर (ESC/POS)</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>सिस्टम प्रिंटर</translation>
    </message>
    <message>
        <source>Save as PDF in a folder</source>
        <translation>फ़ोल्डर में PDF सहेजें</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 मिमी रोल</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 मिमी रोल</translation>
    </message>
    <message>
        <source>Open the cash drawer after a cash sale</source>
        <translation>नकद बिक्री के बाद गल्ला खोलें</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>परीक्षण छपाई</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Cashier discount limit</source>
        <translation>कैशियर की छूट सीमा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>सीमा सहेजें</translation>
    </message>
    <message>
        <source>Hub pairing</source>
        <translation>हब से जोड़ें</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>हब का पता</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>जोड़ने का कोड</translation>
    </message>
    <message>
        <source>Pair this laptop</source>
        <translation>यह लैपटॉप जोड़ें</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>sending</source>
        <translation>भेज रहे</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>ले रहे</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>तस्वीरें</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>हब से नहीं जुड़ा</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 भेजने बाक़ी</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>सब भेजा गया</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>अंतिम सिंक %1</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 लौटाए गए</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>the sync client is not installed</source>
        <translation>सिंक क्लाइंट स्थापित नहीं है</translation>
    </message>
</context>
</TS>