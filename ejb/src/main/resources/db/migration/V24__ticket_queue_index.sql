-- The counts of a queue's day (people ahead of a ticket, people waiting, alerts due) filter on the
-- queue, not on the shop: no index served them, so each one read the whole ticket table, every day
-- the shops ever had. This index narrows them to the queue's day and status, in issue order.
create index ticket_queue_day_ix on ticket (queue_id, service_day, status, issued_at, id);
