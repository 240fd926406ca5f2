-- A settlement the gazetteer lacks, placed by the text in a container ("Padi is a locality in
-- Chennai"), is stored under its own name with the container's name here and the container's
-- point; NULL for a gazetteer place. Keep in step with ../postgresql/V4__*.sql.
ALTER TABLE places ADD COLUMN within_place TEXT;
