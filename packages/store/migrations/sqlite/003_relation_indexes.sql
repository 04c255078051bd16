-- Neighbourhood and path queries walk relation edges only: partial indexes without the MENTIONS edges (a central
-- entity has one per document that mentions it), in weight order so a capped neighbourhood reads only its top.
CREATE INDEX relations_source_related ON relations (source, weight DESC) WHERE category <> 'MENTIONS';
CREATE INDEX relations_target_related ON relations (target, weight DESC) WHERE category <> 'MENTIONS';
