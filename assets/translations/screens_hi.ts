<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hi_IN">
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../ui/screens/day.py" line="117" />
        <source>Count the cash drawer</source>
        <translation>गल्ले की नकदी गिनें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="118" />
        <source>Coins (amount in ₹)</source>
        <translation>सिक्के (कुल ₹ में)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="119" />
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
</context>
<context>
    <name>InterestList</name>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="118" />
        <source>SKU, or describe the product</source>
        <translation>SKU, या उत्पाद का विवरण लिखें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="119" />
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="120" />
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="190" />
        <source>Enter the buyer's mobile.</source>
        <translation>ख़रीदार का मोबाइल नंबर लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="215" />
        <source>Take a lead</source>
        <translation>ख़रीदार का नंबर लें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="219" />
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="220" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="221" />
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="222" />
        <source>Interested in</source>
        <translation>किसमें रुचि है</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="223" />
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="228" />
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="229" />
        <source>e.g. Madhubani</source>
        <translation>जैसे मधुबनी</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="230" />
        <source>The buyer agrees to be contacted (notice read out)</source>
        <translation>ख़रीदार संपर्क के लिए सहमत है (सूचना पढ़कर सुनाई गई)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="231" />
        <source>Save lead</source>
        <translation>लीड सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="232" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../../ui/screens/leads.py" line="43" />
        <source>new</source>
        <translation>नई</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="44" />
        <source>contacted</source>
        <translation>संपर्क हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="45" />
        <source>bought</source>
        <translation>ख़रीदा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="46" />
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="54" />
        <source>to deliver</source>
        <translation>पहुँचाना है</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="55" />
        <source>delivered</source>
        <translation>पहुँचा दिया</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="56" />
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../ui/screens/orders.py" line="49" />
        <source>paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="50" />
        <source>refunded</source>
        <translation>पैसे लौटाए</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="51" />
        <source>part refunded</source>
        <translation>आंशिक वापसी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="52" />
        <source>voided</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="60" />
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="61" />
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="62" />
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <location filename="../../ui/forms.py" line="132" />
        <source>Mobile number, 10 digits</source>
        <translation>मोबाइल नंबर, 10 अंक</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="142" />
        <source>Valid mobile: %1</source>
        <translation>सही मोबाइल नंबर: %1</translation>
    </message>
</context>
<context>
    <name>PreorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="163" />
        <source>Type the agreed price for '%1'.</source>
        <translation>'%1' का तय दाम लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="255" />
        <source>Take a pre-order</source>
        <translation>अग्रिम ऑर्डर लें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258" />
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258" />
        <source>Add item</source>
        <translation>सामान जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258" />
        <source>Items</source>
        <translation>सामान</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259" />
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259" />
        <source>Advance</source>
        <translation>अग्रिम राशि</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259" />
        <source>Balance due</source>
        <translation>बाक़ी राशि</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="260" />
        <source>Delivery address</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="260" />
        <source>PIN code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="264" />
        <source>Promised by</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="265" />
        <source>Buyer's name</source>
        <translation>ख़रीदार का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="266" />
        <source>SKU or barcode, or describe the item</source>
        <translation>SKU या बारकोड, या सामान का विवरण</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="267" />
        <source>Price ₹</source>
        <translation>दाम ₹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="268" />
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="269" />
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="270" />
        <source>Item</source>
        <translation>सामान</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="270" />
        <source>Qty</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="271" />
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272" />
        <source>Cash</source>
        <translation>नकद</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272" />
        <source>UPI</source>
        <translation>UPI</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272" />
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="275" />
        <source>UTR (12 digits) or card ref.</source>
        <translation>UTR (12 अंक) या कार्ड संदर्भ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="276" />
        <source>House, street, town, district</source>
        <translation>मकान, गली, शहर, ज़िला</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="277" />
        <source>Save pre-order</source>
        <translation>अग्रिम ऑर्डर सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="278" />
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>RejectedDialog</name>
    <message>
        <location filename="../../ui/syncstatus.py" line="39" />
        <source>Records the hub refused</source>
        <translation>हब ने जो रिकॉर्ड लौटाए</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="43" />
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="44" />
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="45" />
        <source>Made</source>
        <translation>बना</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="47" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="58" />
        <source>These records stay on this laptop. Tell the office the record numbers; nothing else is held up.</source>
        <translation>ये रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं। दफ़्तर को रिकॉर्ड नंबर बताएँ; बाक़ी कुछ नहीं रुका है।</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/leads.py" line="106" />
        <location filename="../../ui/screens/leads.py" line="154" />
        <source>Taken</source>
        <translation>लिया गया</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="108" />
        <location filename="../../ui/screens/leads.py" line="156" />
        <source>Mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="110" />
        <source>(erased)</source>
        <translation>(मिटाया गया)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="111" />
        <location filename="../../ui/screens/leads.py" line="157" />
        <location filename="../../ui/screens/settings.py" line="343" />
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="112" />
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="113" />
        <source>Interested in</source>
        <translation>किसमें रुचि है</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="114" />
        <source>Consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="115" />
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="115" />
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="116" />
        <location filename="../../ui/screens/leads.py" line="162" />
        <location filename="../../ui/screens/orders.py" line="123" />
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="153" />
        <source>Pre-order</source>
        <translation>अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="158" />
        <source>Promised</source>
        <translation>वादा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="159" />
        <location filename="../../ui/screens/orders.py" line="116" />
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="160" />
        <source>Advance</source>
        <translation>अग्रिम राशि</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="161" />
        <source>Balance due</source>
        <translation>बाक़ी राशि</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="205" />
        <location filename="../../ui/screens/leads.py" line="338" />
        <source>Leads</source>
        <translation>लीड</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="270" />
        <source>Status saved.</source>
        <translation>स्थिति सहेजी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="279" />
        <source>Erase this buyer's data?</source>
        <translation>इस ख़रीदार की जानकारी मिटाएँ?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="280" />
        <source>Erase the phone number, name, district, note and products of %1? This cannot be undone; the hub erases its copy too.</source>
        <translation>%1 का फ़ोन नंबर, नाम, ज़िला, टिप्पणी और उत्पाद मिटाएँ? यह वापस नहीं होगा; हब भी अपनी प्रति मिटा देगा।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="304" />
        <source>The buyer's data was erased.</source>
        <translation>ख़रीदार की जानकारी मिटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="325" />
        <source>Choose a pre-order first.</source>
        <translation>पहले एक अग्रिम ऑर्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="333" />
        <source>Marked delivered.</source>
        <translation>पहुँचा हुआ दर्ज किया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="339" />
        <source>Pre-orders</source>
        <translation>अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="340" />
        <source>Find by phone, name, district or product</source>
        <translation>फ़ोन, नाम, ज़िला या उत्पाद से खोजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="341" />
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="345" />
        <source>New lead</source>
        <translation>नई लीड</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="346" />
        <source>New pre-order</source>
        <translation>नया अग्रिम ऑर्डर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="347" />
        <source>Set status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="348" />
        <source>Erase on request…</source>
        <translation>अनुरोध पर मिटाएँ…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="349" />
        <source>Mark delivered</source>
        <translation>पहुँचा दिया</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="113" />
        <location filename="../../ui/screens/orders.py" line="468" />
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="114" />
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="117" />
        <source>Paid by</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="120" />
        <source>Buyer</source>
        <translation>ख़रीदार</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="225" />
        <source>Orders</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="293" />
        <source>Choose a bill on the left.</source>
        <translation>बाईं ओर से एक बिल चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="330" />
        <source>Paid: %1</source>
        <translation>भुगतान: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="333" />
        <source>Refund %1: %2 by %3</source>
        <translation>वापसी %1: %2, %3 से</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="338" />
        <source>Voided: %1</source>
        <translation>निरस्त: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="363" />
        <source>Set how many pieces go back on each line to refund.</source>
        <translation>हर पंक्ति में लिखें कि कितने नग वापस आए।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="366" />
        <source>Write why the money is given back.</source>
        <translation>लिखें कि पैसे क्यों लौटाए जा रहे हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="374" />
        <source>Refund on bill %1</source>
        <translation>बिल %1 पर वापसी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="397" />
        <source>Write why the bill is voided.</source>
        <translation>लिखें कि बिल क्यों निरस्त किया जा रहा है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="403" />
        <source>Void the whole bill %1</source>
        <translation>पूरा बिल %1 निरस्त करें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="424" />
        <source>Refund saved. Hand the money back.</source>
        <translation>वापसी दर्ज हुई। पैसे लौटा दें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="426" />
        <source>Bill voided.</source>
        <translation>बिल निरस्त हुआ।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="432" />
        <location filename="../../ui/screens/day.py" line="409" />
        <source>Something went wrong (%1); see the log.</source>
        <translation>कुछ गड़बड़ हुई (%1); लॉग देखें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="449" />
        <source>Printing %1…</source>
        <translation>%1 छप रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="454" />
        <source>Printed.</source>
        <translation>छप गया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="463" />
        <source>Bill number, name or product</source>
        <translation>बिल नंबर, नाम या उत्पाद</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="464" />
        <source>Buyer phone</source>
        <translation>ख़रीदार का फ़ोन</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="465" />
        <source>Dates</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="466" />
        <source>Total ₹</source>
        <translation>कुल ₹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="467" />
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="470" />
        <location filename="../../ui/screens/stock.py" line="71" />
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="470" />
        <source>Qty</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="470" />
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="470" />
        <source>Returned</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="471" />
        <source>Refund qty</source>
        <translation>वापसी संख्या</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="473" />
        <source>Reprint receipt</source>
        <translation>रसीद फिर छापें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="474" />
        <source>Print A5 invoice</source>
        <translation>A5 इनवॉइस छापें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="475" />
        <source>Reprint</source>
        <translation>फिर छापें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="476" />
        <source>Refund by</source>
        <translation>वापसी का तरीक़ा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="479" />
        <source>UTR / ref.</source>
        <translation>UTR / संदर्भ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="480" />
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="481" />
        <source>Refund chosen pieces (manager PIN)</source>
        <translation>चुने नगों की वापसी (मैनेजर PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="482" />
        <source>Void whole bill (manager PIN)</source>
        <translation>पूरा बिल निरस्त (मैनेजर PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="225" />
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="252" />
        <source>The day is closed. Open a new day to sell.</source>
        <translation>दिन बंद हो गया। बेचने के लिए नया दिन खोलें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="254" />
        <source>No day is open. Count the float to open one.</source>
        <translation>कोई दिन खुला नहीं है। शुरुआती नकदी गिनकर दिन खोलें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="258" />
        <source>Day %1 open since %2</source>
        <translation>दिन %1, %2 से खुला</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="298" />
        <source>Day opened.</source>
        <translation>दिन खुल गया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="308" />
        <source>Preparing the Z report…</source>
        <translation>Z रिपोर्ट बन रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="337" />
        <source>Close the day with %1 counted.</source>
        <translation>%1 गिनकर दिन बंद करें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="346" />
        <source>Closing the day…</source>
        <translation>दिन बंद हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="362" />
        <source>Day closed. Print the Z report for the file.</source>
        <translation>दिन बंद हुआ। फ़ाइल के लिए Z रिपोर्ट छापें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="371" />
        <source>End-of-day sync: this stall is not paired with a hub yet (Settings → Hub pairing). The records stay safe on this laptop.</source>
        <translation>दिन के अंत का सिंक: यह स्टॉल अभी हब से जुड़ा नहीं है (सेटिंग → हब से जोड़ें)। रिकॉर्ड इसी लैपटॉप पर सुरक्षित हैं।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="375" />
        <source>End-of-day sync started…</source>
        <translation>दिन के अंत का सिंक शुरू…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="382" />
        <source>End-of-day sync done: %1</source>
        <translation>दिन के अंत का सिंक पूरा: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="385" />
        <source>End-of-day sync did not finish (%1); it will retry by itself.</source>
        <translation>दिन के अंत का सिंक पूरा नहीं हुआ (%1); यह अपने-आप फिर कोशिश करेगा।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="394" />
        <source>Printing the Z report…</source>
        <translation>Z रिपोर्ट छप रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="400" />
        <source>Z report printed.</source>
        <translation>Z रिपोर्ट छप गई।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="414" />
        <source>Open the day</source>
        <translation>दिन खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="415" />
        <source>Opening float (₹)</source>
        <translation>शुरुआती नकदी (₹)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="416" />
        <source>Open day</source>
        <translation>दिन खोलें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="417" />
        <source>Expected and counted</source>
        <translation>अपेक्षित और गिनी गई नकदी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="420" />
        <source>Opening float</source>
        <translation>शुरुआती नकदी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="420" />
        <source>Expected cash</source>
        <translation>अपेक्षित नकदी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="420" />
        <source>Counted cash</source>
        <translation>गिनी गई नकदी</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="421" />
        <source>Variance</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="425" />
        <source>Preview Z report</source>
        <translation>Z रिपोर्ट देखें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="426" />
        <source>Close the day (manager PIN)</source>
        <translation>दिन बंद करें (मैनेजर PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="427" />
        <source>Print Z report</source>
        <translation>Z रिपोर्ट छापें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="428" />
        <source>Z report</source>
        <translation>Z रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="70" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="72" />
        <source>Artisan</source>
        <translation>शिल्पकार</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="73" />
        <source>Price</source>
        <translation>दाम</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="74" />
        <source>In stock</source>
        <translation>स्टॉक में</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="132" />
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="142" />
        <source>All crafts</source>
        <translation>सभी शिल्प</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="161" />
        <source>%1 products shown · %2 sold out · %3 running low</source>
        <translation>%1 उत्पाद दिखाए · %2 ख़त्म · %3 कम बचे</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="187" />
        <source>Choose a product to correct its count.</source>
        <translation>गिनती सुधारने के लिए उत्पाद चुनें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="190" />
        <source>%1: %2 in the system</source>
        <translation>%1: सिस्टम में %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="203" />
        <source>The count matches the system; nothing to correct.</source>
        <translation>गिनती सिस्टम से मिलती है; कुछ सुधारना नहीं।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="206" />
        <source>Write why the count differs (damaged, found, …).</source>
        <translation>लिखें कि गिनती क्यों अलग है (टूटा, मिला, …)।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="212" />
        <source>Correct %1 by %2 pieces</source>
        <translation>%1 में %2 नग का सुधार</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="226" />
        <source>Stock of %1 corrected by %2.</source>
        <translation>%1 का स्टॉक %2 से सुधारा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="232" />
        <source>Find by SKU, barcode or name</source>
        <translation>SKU, बारकोड या नाम से खोजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="233" />
        <source>Low and sold out only</source>
        <translation>केवल कम और ख़त्म</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="234" />
        <source>Count correction (manager)</source>
        <translation>गिनती सुधार (मैनेजर)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="235" />
        <source>Counted</source>
        <translation>गिना गया</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="236" />
        <source>Reason, e.g. damaged in transit</source>
        <translation>कारण, जैसे रास्ते में टूटा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="237" />
        <source>Correct stock (manager PIN)</source>
        <translation>स्टॉक सुधारें (मैनेजर PIN)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186" />
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="212" />
        <source>Printing is not part of this build.</source>
        <translation>इस संस्करण में छपाई उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="220" />
        <source>Device %1 · next bill %2</source>
        <translation>डिवाइस %1 · अगला बिल %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="227" />
        <source>Paired with %1.</source>
        <translation>%1 से जुड़ा है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="230" />
        <source>Not paired: sales stay on this laptop until you pair it with the hub.</source>
        <translation>जुड़ा नहीं: हब से जोड़ने तक बिक्री इसी लैपटॉप पर रहेगी।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="253" />
        <source>tax invoices</source>
        <translation>टैक्स इनवॉइस</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="254" />
        <source>bills of supply</source>
        <translation>बिल ऑफ़ सप्लाई</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="255" />
        <source>Saved. Bills will be %1.</source>
        <translation>सहेजा गया। बिल %1 होंगे।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="272" />
        <source>Printer saved.</source>
        <translation>प्रिंटर सहेजा गया।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="278" />
        <source>Printing a test slip…</source>
        <translation>परीक्षण पर्ची छप रही है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="283" />
        <source>Test slip sent to the printer.</source>
        <translation>परीक्षण पर्ची प्रिंटर को भेजी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="302" />
        <source>Discount limit saved.</source>
        <translation>छूट की सीमा सहेजी गई।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="313" />
        <source>The sync client is not part of this build.</source>
        <translation>इस संस्करण में सिंक उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="316" />
        <source>Enter the hub address and the pairing code.</source>
        <translation>हब का पता और जोड़ने का कोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="319" />
        <source>Pairing…</source>
        <translation>जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="324" />
        <source>Paired. The first sync starts now.</source>
        <translation>जुड़ गया। पहला सिंक अभी शुरू होता है।</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="340" />
        <source>Seller (printed on every bill)</source>
        <translation>विक्रेता (हर बिल पर छपता है)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343" />
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343" />
        <source>GSTIN</source>
        <translation>GSTIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343" />
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="344" />
        <source>UPI ID (VPA)</source>
        <translation>UPI ID (VPA)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="344" />
        <source>UPI payee name</source>
        <translation>UPI पाने वाले का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="344" />
        <source>Invoice series</source>
        <translation>इनवॉइस शृंखला</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="348" />
        <source>Leave empty if not registered</source>
        <translation>पंजीकृत न हों तो ख़ाली छोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="350" />
        <source>Composition scheme (bill of supply)</source>
        <translation>कंपोज़िशन योजना (बिल ऑफ़ सप्लाई)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="351" />
        <source>Save seller</source>
        <translation>विक्रेता सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="352" />
        <source>Receipt printer</source>
        <translation>रसीद प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="355" />
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="355" />
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="355" />
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="360" />
        <source>USB 0x0416:0x5011, 192.168.1.50, /dev/ttyUSB0 or a system printer name</source>
        <translation>USB 0x0416:0x5011, 192.168.1.50, /dev/ttyUSB0 या सिस्टम प्रिंटर का नाम</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="362" />
        <source>Save printer</source>
        <translation>प्रिंटर सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363" />
        <source>Test print</source>
        <translation>परीक्षण छपाई</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="364" />
        <source>Selling</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="365" />
        <source>Cashier discount limit</source>
        <translation>कैशियर की छूट सीमा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="366" />
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="367" />
        <source>Save limit</source>
        <translation>सीमा सहेजें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="368" />
        <source>Hub pairing</source>
        <translation>हब से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="369" />
        <source>Hub address</source>
        <translation>हब का पता</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="370" />
        <source>Pairing code</source>
        <translation>जोड़ने का कोड</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="372" />
        <source>Pair this laptop</source>
        <translation>यह लैपटॉप जोड़ें</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/syncstatus.py" line="142" />
        <source>sending</source>
        <translation>भेज रहे</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="142" />
        <source>receiving</source>
        <translation>ले रहे</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="143" />
        <source>pictures</source>
        <translation>तस्वीरें</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="154" />
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="157" />
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="159" />
        <source>Not paired</source>
        <translation>हब से नहीं जुड़ा</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="162" />
        <source>%1 waiting</source>
        <translation>%1 भेजने बाक़ी</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="164" />
        <source>all sent</source>
        <translation>सब भेजा गया</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="167" />
        <source>last synced %1</source>
        <translation>अंतिम सिंक %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="170" />
        <source>%1 refused</source>
        <translation>%1 लौटाए गए</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../ui/syncworker.py" line="213" />
        <source>the sync client is not installed</source>
        <translation>सिंक क्लाइंट स्थापित नहीं है</translation>
    </message>
</context>
</TS>