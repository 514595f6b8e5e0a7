-- module platform: locks of the scheduled jobs (ShedLock, platform/planning): a node runs a job's round only while it
-- holds that job's row. The times are written by the database itself (usingDbTime), so the clocks
-- of the nodes do not matter.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
