-- The transaction manager's commit markers for this database (Narayana's commit-markable resource,
-- 07-transactions.cli). A transaction that changes the database and the broker together commits the
-- database last, as one local commit; with the marker inserted in that same commit, a crash right
-- after it leaves a trace the transaction manager's recovery reads to complete the broker's part
-- (the messages handed off), instead of rolling it back. Columns and names as the transaction manager
-- queries them (unquoted, so each database folds them its own way); bytea is also H2's name for
-- varbinary.

create table xids (
    xid bytea,
    transactionmanagerid varchar(64),
    actionuid bytea
);

create unique index xids_xid on xids (xid);
