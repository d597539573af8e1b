-- The desk shows an agency as down while its deliveries fail and none has succeeded since
-- (IntegrationHealth.states, read by every open case page every two seconds): the last success is
-- looked up among the tasks completed in the last two minutes, which this index finds without
-- reading the table. The health page's 24-hour latencies read by it too.

create index case_task_finished_ix on case_task (finished_at);
