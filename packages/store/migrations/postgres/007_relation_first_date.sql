UPDATE relations r SET first_date = COALESCE(NULLIF(r.date, ''), (
  SELECT d.date FROM jsonb_array_elements_text(r.docs) WITH ORDINALITY AS j(value, ord)
  JOIN documents d ON d.key = j.value WHERE NULLIF(d.date, '') IS NOT NULL ORDER BY j.ord LIMIT 1));
