-- Nesting too deep: PostgreSQL's stack depth error with its hint naming max_stack_depth, whichever check trips first
SET max_stack_depth = '100kB';
SELECT repeat('[', 10000)::json;
SELECT repeat('{"a":', 10000)::json;
SELECT repeat('{"a":', 10000)::jsonb;
RESET max_stack_depth;
SELECT repeat('[', 100000)::jsonb;
