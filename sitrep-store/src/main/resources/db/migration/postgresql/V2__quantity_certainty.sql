-- How firmly the claim that states a figure puts it (asserted, believed, possible, unconfirmed,
-- denied); NULL when no claim holds the figure and the article itself asserts it.
ALTER TABLE quantities ADD COLUMN certainty TEXT;
