-- Before classes_teacher_active_name_key: a teacher's active classes that share a name (made by
-- double-submitting "New class") keep the oldest name; later ones get " (2)", " (3)", … so the
-- unique index can be built and the teacher can still tell them apart.
UPDATE "classes" AS c
SET "name" = c."name" || ' (' || d.n || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "teacher_id", lower("name") ORDER BY "created_at", "id") AS n
  FROM "classes"
  WHERE "archived_at" IS NULL
) AS d
WHERE d."id" = c."id" AND d.n > 1;
