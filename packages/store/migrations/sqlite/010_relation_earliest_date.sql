UPDATE relations SET first_date = COALESCE(NULLIF(date, ''), (
  SELECT MIN(d.date) FROM json_each(relations.docs) j JOIN documents d ON d.key = j.value
  WHERE NULLIF(d.date, '') IS NOT NULL));
