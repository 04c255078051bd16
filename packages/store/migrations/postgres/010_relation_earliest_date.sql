UPDATE relations r SET first_date = COALESCE(NULLIF(r.date, ''), (
  SELECT MIN(d.date) FROM jsonb_array_elements_text(r.docs) AS j(value)
  JOIN documents d ON d.key = j.value WHERE NULLIF(d.date, '') IS NOT NULL));
