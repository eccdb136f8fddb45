-- Parentheses around a set operation whose first arm is itself parenthesised hold a query
SELECT ((SELECT 2) UNION SELECT 2);
SELECT (((SELECT 2)) UNION SELECT 2);
SELECT ((1) + 2);
SELECT ((SELECT 1) + 2);
SELECT (((SELECT 3)));
SELECT ((SELECT 1), 2);
select ((select 1) order by 1);
