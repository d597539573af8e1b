-- Every ticket issued updates each index of the ticket table. ticket_waiting_ix (shop, day, status)
-- only repeated the first columns of V7's wider ticket_call_order_ix, which serves every query it
-- served.

drop index ticket_waiting_ix;
