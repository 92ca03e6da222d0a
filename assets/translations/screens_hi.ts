<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/forms.py" line="137"/>
        <source>PhoneField</source>
        <comment>Mobile number, 10 digits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="147"/>
        <source>PhoneField</source>
        <comment>Valid mobile: %1</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <location filename="../../ui/screens/day.py" line="117"/>
        <source>Count the cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="118"/>
        <source>Coins (amount in ₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="119"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestList</name>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="118"/>
        <source>SKU, or describe the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="119"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="120"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="190"/>
        <source>Enter the buyer&apos;s mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="215"/>
        <source>Take a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="219"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="220"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="221"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="222"/>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="223"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="228"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="229"/>
        <source>e.g. Madhubani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="230"/>
        <source>The buyer agrees to be contacted (notice read out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="231"/>
        <source>Save lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/lead.py" line="232"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreorderDialog</name>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="163"/>
        <source>Type the agreed price for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="255"/>
        <source>Take a pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258"/>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="258"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="259"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="260"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="260"/>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="264"/>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="265"/>
        <source>Buyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="266"/>
        <source>SKU or barcode, or describe the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="267"/>
        <source>Price ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="268"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="269"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="270"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="270"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="271"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272"/>
        <source>UPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="272"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="275"/>
        <source>UTR (12 digits) or card ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="276"/>
        <source>House, street, town, district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="277"/>
        <source>Save pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preorder.py" line="278"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedDialog</name>
    <message>
        <location filename="../../ui/syncstatus.py" line="39"/>
        <source>Records the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="43"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="44"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="45"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="47"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="58"/>
        <source>These records stay on this laptop. Tell the office the record numbers; nothing else is held up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../ui/screens/leads.py" line="97"/>
        <location filename="../../ui/screens/leads.py" line="145"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="99"/>
        <location filename="../../ui/screens/leads.py" line="147"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="101"/>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="102"/>
        <location filename="../../ui/screens/leads.py" line="148"/>
        <location filename="../../ui/screens/settings.py" line="334"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="103"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="104"/>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="105"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="106"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="106"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="107"/>
        <location filename="../../ui/screens/leads.py" line="153"/>
        <location filename="../../ui/screens/orders.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="144"/>
        <source>Pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="149"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="150"/>
        <location filename="../../ui/screens/orders.py" line="112"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="151"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="152"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="196"/>
        <location filename="../../ui/screens/leads.py" line="320"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="252"/>
        <source>Status saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="261"/>
        <source>Erase this buyer&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="262"/>
        <source>Erase the phone number, name, district, note and products of %1? This cannot be undone; the hub erases its copy too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="286"/>
        <source>The buyer&apos;s data was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="307"/>
        <source>Choose a pre-order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="315"/>
        <source>Marked delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="321"/>
        <source>Pre-orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="322"/>
        <source>Find by phone, name, district or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="323"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="327"/>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="328"/>
        <source>New pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="329"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="330"/>
        <source>Erase on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="331"/>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="109"/>
        <location filename="../../ui/screens/orders.py" line="458"/>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="110"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="113"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="116"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="221"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="285"/>
        <source>Choose a bill on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="320"/>
        <source>Paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="323"/>
        <source>Refund %1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="328"/>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="353"/>
        <source>Set how many pieces go back on each line to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="356"/>
        <source>Write why the money is given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="364"/>
        <source>Refund on bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="387"/>
        <source>Write why the bill is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="393"/>
        <source>Void the whole bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="414"/>
        <source>Refund saved. Hand the money back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="416"/>
        <source>Bill voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="422"/>
        <location filename="../../ui/screens/day.py" line="403"/>
        <source>Something went wrong (%1); see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="439"/>
        <source>Printing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="444"/>
        <source>Printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="453"/>
        <source>Bill number, name or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="454"/>
        <source>Buyer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="455"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="456"/>
        <source>Total ₹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="457"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="460"/>
        <location filename="../../ui/screens/stock.py" line="70"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="460"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="460"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="460"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="461"/>
        <source>Refund qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="463"/>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="464"/>
        <source>Print A5 invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="465"/>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="466"/>
        <source>Refund by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="469"/>
        <source>UTR / ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="470"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="471"/>
        <source>Refund chosen pieces (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="472"/>
        <source>Void whole bill (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="224"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="247"/>
        <source>The day is closed. Open a new day to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="249"/>
        <source>No day is open. Count the float to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="253"/>
        <source>Day %1 open since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="293"/>
        <source>Day opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="303"/>
        <source>Preparing the Z report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="332"/>
        <source>Close the day with %1 counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="340"/>
        <source>Closing the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="356"/>
        <source>Day closed. Print the Z report for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="365"/>
        <source>End-of-day sync: this stall is not paired with a hub yet (Settings → Hub pairing). The records stay safe on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="369"/>
        <source>End-of-day sync started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="376"/>
        <source>End-of-day sync done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="379"/>
        <source>End-of-day sync did not finish (%1); it will retry by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="388"/>
        <source>Printing the Z report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="394"/>
        <source>Z report printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="408"/>
        <source>Open the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="409"/>
        <source>Opening float (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="410"/>
        <source>Open day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="411"/>
        <source>Expected and counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="414"/>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="414"/>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="414"/>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="415"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="419"/>
        <source>Preview Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="420"/>
        <source>Close the day (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="421"/>
        <source>Print Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/day.py" line="422"/>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="69"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="71"/>
        <source>Artisan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="72"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="73"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="131"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="137"/>
        <source>All crafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="156"/>
        <source>%1 products shown · %2 sold out · %3 running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="182"/>
        <source>Choose a product to correct its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="185"/>
        <source>%1: %2 in the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="198"/>
        <source>The count matches the system; nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="201"/>
        <source>Write why the count differs (damaged, found, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="207"/>
        <source>Correct %1 by %2 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="221"/>
        <source>Stock of %1 corrected by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="227"/>
        <source>Find by SKU, barcode or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="228"/>
        <source>Low and sold out only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="229"/>
        <source>Count correction (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="230"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="231"/>
        <source>Reason, e.g. damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/stock.py" line="232"/>
        <source>Correct stock (manager PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="185"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="211"/>
        <source>Device %1 · next bill %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="219"/>
        <source>Paired with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="222"/>
        <source>Not paired: sales stay on this laptop until you pair it with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="245"/>
        <source>tax invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="246"/>
        <source>bills of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="247"/>
        <source>Saved. Bills will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="264"/>
        <source>Printer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="270"/>
        <source>Printing a test slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="275"/>
        <source>Test slip sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="293"/>
        <source>Discount limit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="304"/>
        <source>The sync client is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="307"/>
        <source>Enter the hub address and the pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="310"/>
        <source>Pairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="315"/>
        <source>Paired. The first sync starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="331"/>
        <source>Seller (printed on every bill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="334"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="334"/>
        <source>GSTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="334"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="335"/>
        <source>UPI ID (VPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="335"/>
        <source>UPI payee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="335"/>
        <source>Invoice series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="339"/>
        <source>Leave empty if not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="341"/>
        <source>Composition scheme (bill of supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="342"/>
        <source>Save seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="343"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="346"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="346"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="346"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="351"/>
        <source>USB 0x0416:0x5011, 192.168.1.50, /dev/ttyUSB0 or a system printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="353"/>
        <source>Save printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="354"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="355"/>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="356"/>
        <source>Cashier discount limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="357"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="358"/>
        <source>Save limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="359"/>
        <source>Hub pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="360"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="361"/>
        <source>Pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="363"/>
        <source>Pair this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/syncstatus.py" line="142"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="142"/>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="143"/>
        <source>pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="154"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="157"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="159"/>
        <source>Not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="162"/>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="164"/>
        <source>all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="167"/>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/syncstatus.py" line="170"/>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../../ui/syncworker.py" line="162"/>
        <source>the sync client is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/screens/leads.py" line="43"/>
        <source>Leads</source>
        <comment>new</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="44"/>
        <source>Leads</source>
        <comment>contacted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="45"/>
        <source>Leads</source>
        <comment>bought</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="46"/>
        <source>Leads</source>
        <comment>closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="54"/>
        <source>Leads</source>
        <comment>to deliver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="55"/>
        <source>Leads</source>
        <comment>delivered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/leads.py" line="56"/>
        <source>Leads</source>
        <comment>cancelled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="49"/>
        <source>Orders</source>
        <comment>paid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="50"/>
        <source>Orders</source>
        <comment>refunded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="51"/>
        <source>Orders</source>
        <comment>part refunded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="52"/>
        <source>Orders</source>
        <comment>voided</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="59"/>
        <source>Orders</source>
        <comment>Cash</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="59"/>
        <source>Orders</source>
        <comment>UPI</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="60"/>
        <source>Orders</source>
        <comment>Card</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
